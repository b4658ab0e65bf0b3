// Accessibility: axe-core on every screen, keyboard-only runs with focus
// checks, visible focus, the live region, forced colours and reduced motion,
// the accessibility tree, language and reflow. Runs on the build (dist/, or
// $STARTKLAR_DIST) in Debian's Chromium:
//
//   node --test tests/e2e/a11y.test.mjs      (after bash scripts/build.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness } from './support/harness.mjs';
import { quiz, QUESTIONS, TEXT, ANSWER_SETS, expectedResult, settle, visible, tabTo, isFocused } from './support/driver.mjs';
import {
  AXE_CONTEXT_OPTIONS,
  injectAxe,
  runAxe,
  formatViolations,
  focusInfo,
  focusStyle,
  backdrop,
  contrastRatio,
  renderedColours,
} from './support/a11y.mjs';

const h = useHarness({ needs: 'index.html' });
const VERDICTS = Object.keys(ANSWER_SETS); // ready, hands-off, train

const standalone = (lang) => `index.html?lang=${lang}`;
const BLOG = 'demo/blog.html';

/** A fresh session on `p` that lets axe in (see AXE_CONTEXT_OPTIONS). */
const open = (p, options = {}) => h.visit(p, { ...AXE_CONTEXT_OPTIONS, ...options });

/** Once the page has settled: no console error, no uncaught exception. */
async function assertClean(s) {
  await settle(s.page);
  s.log.assertNoErrors();
}

/**
 * Walks one widget through intro, the eight questions (answering `answers`
 * with the mouse) and the result, calling `check(where)` on every screen.
 * Returns the verdict shown.
 */
async function walk(q, answers, check) {
  await q.intro();
  await check('intro');
  await q.button(q.t.start).click();
  for (let n = 1; n <= QUESTIONS; n++) {
    await q.question(n);
    await check(`question ${n}`);
    await q.answer([answers[n - 1]], n);
  }
  const { verdict } = await q.result();
  await check(`result (${verdict})`);
  return verdict;
}

// ---- 1. axe-core on every screen ----

/** Asserts zero violations; the message lists them readably. */
async function assertAxe(page, context, where) {
  const violations = await runAxe(page, context);
  assert.equal(violations.length, 0, formatViolations(violations, where));
}

/** axe must really reach into the shadow root: it checked nodes inside it. */
async function assertAxeSeesShadow(page, hostSelector) {
  await injectAxe(page);
  const inside = await page.evaluate(async (host) => {
    const r = await window.axe.run(
      { include: [[host]] },
      { runOnly: { type: 'rule', values: ['button-name', 'label'] }, resultTypes: ['passes'] },
    );
    return r.passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0])).length;
  }, hostSelector);
  assert.ok(inside > 0, `axe checked no node inside the shadow root of ${hostSelector}`);
}

const SCHEMES = ['light', 'dark'];
const WIDTHS = [320, 1280];
const axeConfigs = SCHEMES.flatMap((colorScheme) => WIDTHS.map((width) => ({ colorScheme, width })));

axeConfigs.forEach(({ colorScheme, width }, i) => {
  const verdict = VERDICTS[i % VERDICTS.length];
  test(`axe: standalone page (de), ${colorScheme}, ${width}px, every screen up to "${verdict}"`, async () => {
    const s = await open(standalone('de'), { colorScheme, viewport: { width, height: 800 } });
    const { page } = s;
    const q = quiz(page.locator('startklar-quiz'), 'de');
    const where = (w) => `standalone de ${colorScheme} ${width}px, ${w}`;
    await q.intro();
    await assertAxeSeesShadow(page, 'startklar-quiz');
    const shown = await walk(q, ANSWER_SETS[verdict], async (w) => {
      await assertAxe(page, null, where(w));
      if (w === 'question 1' && i === 0) {
        // The error state too: Next without a choice.
        await q.button(q.t.next).click();
        await visible(q.scope.getByText(q.t.required), 'the "choose an answer" hint');
        await assertAxe(page, null, where('question 1 with the missing-answer hint'));
      }
    });
    assert.equal(shown, verdict);
    await assertClean(s);
  });

  test(`axe: demo blog page, #quiz-de and dark #quiz-en, ${colorScheme}, ${width}px, every screen`, async () => {
    const s = await open(BLOG, { colorScheme, viewport: { width, height: 800 } });
    const { page } = s;
    // The blog's own (hostile) markup is outside the widget: axe looks at the widgets only.
    for (const [id, lang, k] of [['#quiz-de', 'de', i + 1], ['#quiz-en', 'en', i + 2]]) {
      const want = VERDICTS[k % VERDICTS.length];
      const q = quiz(page.locator(id), lang);
      await q.intro();
      await assertAxeSeesShadow(page, id);
      const shown = await walk(q, ANSWER_SETS[want], (w) =>
        assertAxe(page, { include: [[id]] }, `blog ${id} ${colorScheme} ${width}px, ${w}`),
      );
      assert.equal(shown, want);
    }
    await assertClean(s);
  });
});

test('axe: the note for a broken share link, light and dark', async () => {
  for (const colorScheme of SCHEMES) {
    const s = await open(`${standalone('de')}#r=kaputt`, { colorScheme });
    const { page } = s;
    const q = quiz(page.locator('startklar-quiz'), 'de');
    await q.intro();
    await visible(q.scope.locator('.sk-note'), 'the note about the broken link');
    await assertAxe(page, null, `standalone de ${colorScheme}, intro with the broken-link note`);
    await assertClean(s);
  }
});

// ---- 2. keyboard only ----

/** Fails if focus sits on <body> (or nowhere) after `step`. */
async function assertFocusNotLost(page, step) {
  const f = await focusInfo(page);
  assert.ok(f.tag && !f.isBody, `focus lost to <${f.tag}> after ${step}`);
  return f;
}

/** Focus is on the h2 inside the legend of question n, and it reads the question. */
async function assertFocusOnQuestion(page, q, n, lang, step) {
  const f = await assertFocusNotLost(page, step);
  const want = TEXT[lang].questions[n - 1];
  assert.deepEqual(
    { tag: f.tag, parent: f.parentTag, text: f.text },
    { tag: 'h2', parent: 'legend', text: want },
    `after ${step}: focus should be on the heading of question ${n}`,
  );
  // …and that heading names the group the radios are in.
  await visible(q.scope.getByRole('group', { name: want, exact: true }), `the group named "${want}"`);
}

for (const lang of ['de', 'en']) {
  test(`keyboard only, standalone (${lang}): focus follows every step to the result`, async () => {
    const s = await open(standalone(lang));
    const { page } = s;
    const q = quiz(page.locator('startklar-quiz'), lang);
    const t = q.t;
    const answers = ANSWER_SETS.train;
    await q.intro();
    await tabTo(page, q.button(t.start), `the "${t.start}" button`);
    await page.keyboard.press('Enter');
    await q.question(1);
    await settle(page);
    await assertFocusOnQuestion(page, q, 1, lang, 'Enter on the start button');

    for (let n = 1; n <= QUESTIONS; n++) {
      await q.chooseByKeyboard(answers[n - 1]);
      const f = await assertFocusNotLost(page, `choosing on question ${n}`);
      assert.equal(f.type, 'radio', 'focus stays on the radio while choosing');
      if (n % 2) {
        // Enter on the radio itself goes on…
        await page.keyboard.press('Enter');
      } else {
        // …and so does Enter on the Next button.
        const name = n === QUESTIONS ? t.finish : t.next;
        await tabTo(page, q.button(name), `the "${name}" button`);
        await page.keyboard.press('Enter');
      }
      if (n === 4) {
        // Back by keyboard: focus on question 4's heading, then Shift+Tab to "Back".
        await q.question(5);
        await settle(page);
        await assertFocusOnQuestion(page, q, 5, lang, 'Enter on question 4');
        for (let i = 0; i < 10 && !(await isFocused(q.button(t.back))); i++) await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Enter');
        await q.question(4);
        await settle(page);
        await assertFocusOnQuestion(page, q, 4, lang, 'Enter on Back');
        await q.chooseByKeyboard(answers[3]); // kept; Space re-confirms it
        await page.keyboard.press('Enter');
      }
      if (n < QUESTIONS) {
        await q.question(n + 1);
        await settle(page);
        await assertFocusOnQuestion(page, q, n + 1, lang, `Enter on question ${n}`);
      }
    }
    assert.equal((await q.result()).verdict, expectedResult(answers).verdict);
    await settle(page);
    let f = await assertFocusNotLost(page, 'the last Enter');
    assert.deepEqual({ tag: f.tag, text: f.text }, { tag: 'h2', text: t.resultHeading }, 'focus on the result heading');
    // Start again, by keyboard: focus on the intro's heading.
    await tabTo(page, q.button(t.restart), `the "${t.restart}" button`, 80);
    await page.keyboard.press('Enter');
    await q.intro();
    await settle(page);
    f = await assertFocusNotLost(page, `Enter on "${t.restart}"`);
    assert.deepEqual({ tag: f.tag, text: f.text }, { tag: 'h2', text: t.introHeading }, 'focus on the intro heading');
    await assertClean(s);
  });
}

test('keyboard: no trap on the blog page; Tab and Shift+Tab leave each widget', async () => {
  const s = await open(BLOG);
  const { page } = s;
  const de = quiz(page.locator('#quiz-de'), 'de');
  const en = quiz(page.locator('#quiz-en'), 'en');
  await de.intro();
  await en.intro();

  // Intro: the start button is the last control of #quiz-de.
  await tabTo(page, de.button(de.t.start), 'the German start button');
  await page.keyboard.press('Tab');
  let f = await assertFocusNotLost(page, 'Tab from the last control of #quiz-de');
  assert.notEqual(f.hostId, 'quiz-de', 'Tab left #quiz-de');
  assert.equal(f.hostId, 'quiz-en', 'and went on to the next widget');

  // A question: Next is the last control; start #quiz-de by keyboard.
  await page.keyboard.press('Shift+Tab');
  assert.ok(await isFocused(de.button(de.t.start)), 'Shift+Tab comes back to the start button');
  await page.keyboard.press('Enter');
  await de.question(1);
  await settle(page);
  await assertFocusOnQuestion(page, de, 1, 'de', 'Enter on the start button (blog)');
  await tabTo(page, de.button(de.t.next), 'the German Next button');
  await page.keyboard.press('Tab');
  f = await assertFocusNotLost(page, 'Tab from Next of #quiz-de');
  assert.equal(f.hostId, 'quiz-en', 'Tab from Next left #quiz-de');

  // Shift+Tab from the first control of #quiz-en goes back into #quiz-de.
  await tabTo(page, en.button('Deutsch'), 'the first control of #quiz-en');
  await page.keyboard.press('Shift+Tab');
  f = await assertFocusNotLost(page, 'Shift+Tab from the first control of #quiz-en');
  assert.equal(f.hostId, 'quiz-de', 'Shift+Tab left #quiz-en backwards');

  // The last control of #quiz-en: Tab leaves the widget (to the iframe).
  await tabTo(page, en.button(en.t.start), 'the English start button');
  await page.keyboard.press('Tab');
  f = await focusInfo(page);
  assert.notEqual(f.hostId, 'quiz-en', 'Tab left #quiz-en');
  assert.equal(f.tag, 'iframe', 'and went on to the iframe');
  await assertClean(s);
});

test('keyboard on the blog page: each step focuses the new heading inside the widget, in view', async () => {
  const s = await open(BLOG, { viewport: { width: 800, height: 600 } });
  const { page } = s;
  const q = quiz(page.locator('#quiz-en'), 'en');
  await q.intro();
  await tabTo(page, q.button(q.t.start), 'the English start button', 40);
  await page.keyboard.press('Enter');
  for (let n = 1; n <= QUESTIONS; n++) {
    await q.question(n);
    await settle(page);
    await assertFocusOnQuestion(page, q, n, 'en', `step to question ${n}`);
    const f = await focusInfo(page);
    assert.equal(f.hostId, 'quiz-en');
    const inView = await page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      const r = a.getBoundingClientRect();
      // Scrolling works in whole pixels, layout in fractions: allow one.
      return r.top >= -1 && r.bottom <= innerHeight + 1;
    });
    assert.ok(inView, `the heading of question ${n} is scrolled into view`);
    await q.chooseByKeyboard('yes');
    await page.keyboard.press('Enter');
  }
  await q.result();
  await settle(page);
  const f = await focusInfo(page);
  assert.deepEqual({ host: f.hostId, tag: f.tag, text: f.text }, { host: 'quiz-en', tag: 'h2', text: q.t.resultHeading });
  await assertClean(s);
});

test('keyboard: switching the language keeps focus on the pressed button, and the answers', async () => {
  const s = await open(standalone('de'));
  const { page } = s;
  const de = quiz(page.locator('startklar-quiz'), 'de');
  const en = de.in('en');
  await de.intro();
  await tabTo(page, de.button(de.t.start), 'the start button');
  await page.keyboard.press('Enter');
  await de.question(1);
  await de.chooseByKeyboard('partly');
  for (let i = 0; i < 10 && !(await isFocused(de.button('English'))); i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await en.question(1);
  await settle(page);
  const f = await assertFocusNotLost(page, 'Enter on "English"');
  assert.deepEqual({ tag: f.tag, text: f.text }, { tag: 'button', text: 'English' }, 'focus stays on the language button');
  assert.equal(await en.button('English').getAttribute('aria-pressed'), 'true');
  assert.ok(await en.radio('partly').isChecked(), 'the answer survives the switch');
  await assertClean(s);
});

// ---- 3. visible focus indicator ----

/** Checks the focused element's outline: ≥ 2 px, ≥ 3:1 against what is behind it. */
async function assertFocusIndicator(page, what) {
  const st = await focusStyle(page);
  const width = parseFloat(st.width);
  const ratio = contrastRatio(backdrop([st.color]), backdrop(st.layers));
  const detail = `${what}: <${st.tag}> outline ${st.style} ${st.width} ${st.color} on ${JSON.stringify(backdrop(st.layers).slice(0, 3))}`;
  assert.ok(st.focusVisible, `${detail}: :focus-visible should match after keyboard focus`);
  assert.notEqual(st.style, 'none', `${detail}: no outline`);
  assert.ok(width >= 2, `${detail}: outline thinner than 2px`);
  assert.ok(ratio >= 3, `${detail}: contrast ${ratio.toFixed(2)}:1 < 3:1`);
  return ratio;
}

/** Non-text contrast: a component's boundary colour against the widget background. */
async function boundaryContrast(locator, property) {
  const { own, layers } = await locator.evaluate((el, property) => {
    const layers = [];
    for (let e = el.parentElement; e; ) {
      layers.push(getComputedStyle(e).backgroundColor);
      e = e.parentElement ?? (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
    }
    return { own: getComputedStyle(el)[property], layers };
  }, property);
  return contrastRatio(backdrop([own, ...layers]), backdrop(layers));
}

const focusCases = [
  { name: 'standalone, light', url: standalone('de'), host: 'startklar-quiz', lang: 'de', colorScheme: 'light' },
  { name: 'standalone, dark', url: standalone('en'), host: 'startklar-quiz', lang: 'en', colorScheme: 'dark' },
  { name: 'blog #quiz-de, light', url: BLOG, host: '#quiz-de', lang: 'de', colorScheme: 'light' },
  { name: 'blog #quiz-en (theme="dark")', url: BLOG, host: '#quiz-en', lang: 'en', colorScheme: 'light' },
];
for (const c of focusCases) {
  test(`visible focus (${c.name}): start, radio, Next: outline ≥ 2px at ≥ 3:1; boundaries ≥ 3:1`, async () => {
    const s = await open(c.url, { colorScheme: c.colorScheme });
    const { page } = s;
    const q = quiz(page.locator(c.host), c.lang);
    await q.intro();
    await tabTo(page, q.button(q.t.start), 'the start button', 40);
    await assertFocusIndicator(page, 'start button');
    await page.keyboard.press('Enter');
    await q.question(1);
    await settle(page);
    await q.chooseByKeyboard('partly');
    await assertFocusIndicator(page, 'a checked radio');
    await page.keyboard.press('ArrowUp');
    await assertFocusIndicator(page, 'another radio');
    await tabTo(page, q.button(q.t.next), 'the Next button');
    await assertFocusIndicator(page, 'the Next button');
    // Component boundaries (WCAG 1.4.11): option border and primary button.
    const option = q.scope.locator('.sk-option').filter({ hasNot: page.locator('input:checked') }).first();
    const border = await boundaryContrast(option, 'borderTopColor');
    assert.ok(border >= 3, `option border contrast ${border.toFixed(2)}:1 < 3:1`);
    const fill = await boundaryContrast(q.button(q.t.next), 'backgroundColor');
    assert.ok(fill >= 3, `primary button contrast ${fill.toFixed(2)}:1 < 3:1 against the widget`);
    await assertClean(s);
  });
}

// ---- 4. live region ----

for (const lang of ['de', 'en']) {
  test(`live region (${lang}): a polite status announces "${TEXT[lang].progress(3)}" and the verdict`, async () => {
    const s = await open(standalone(lang));
    const { page } = s;
    const q = quiz(page.locator('startklar-quiz'), lang);
    await q.intro();
    // Every polite region in the widget (role=status is polite by default).
    const regions = () =>
      // The widget's own root, in the shadow root (not the pre-rendered copy).
      q.scope.evaluate((host) =>
        [...host.shadowRoot.querySelectorAll('[role="status"], [aria-live]')]
          .filter((el) => (el.getAttribute('aria-live') ?? 'polite') === 'polite')
          .map((el) => el.textContent.trim()),
      );
    assert.ok((await regions()).length >= 1, 'a polite status region is in the widget from the start');
    await q.button(q.t.start).click();
    await q.answer(['yes', 'partly']);
    await q.question(3);
    await settle(page);
    const onThree = await regions();
    assert.ok(onThree.some((text) => text.includes(TEXT[lang].progress(3))), `a polite region says "${TEXT[lang].progress(3)}": ${JSON.stringify(onThree)}`);
    await q.answer(Array(QUESTIONS - 2).fill('yes'), 3);
    const { verdict } = await q.result();
    await settle(page);
    const announced = await regions();
    assert.ok(
      announced.some((text) => text.includes(TEXT[lang].verdictTitles[verdict])),
      `a polite region names the verdict "${TEXT[lang].verdictTitles[verdict]}": ${JSON.stringify(announced)}`,
    );
    await assertClean(s);
  });
}

// ---- 5. forced colours and reduced motion ----

/** Running animations and non-zero transitions among the shadow root's elements. */
function motionInShadow(page, hostSelector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const moving = [];
    const animations = root.getAnimations ? root.getAnimations() : [];
    for (const a of animations) if (a.playState === 'running') moving.push(`animation ${a.animationName ?? a.id}`);
    for (const el of root.querySelectorAll('*')) {
      for (const a of el.getAnimations()) if (a.playState === 'running') moving.push(`${el.className}: running animation`);
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        const positive = (list) => list.split(',').some((d) => parseFloat(d) > 0);
        const animated = cs.animationName !== 'none' && positive(cs.animationDuration);
        if (animated || positive(cs.transitionDuration)) {
          moving.push(`<${el.tagName.toLowerCase()} class="${el.className}">${pseudo ?? ''}: transition ${cs.transitionDuration}, animation ${cs.animationName} ${cs.animationDuration}`);
        }
      }
    }
    return moving;
  }, hostSelector);
}

async function keyboardRun(page, q, lang, answers, onScreen = async () => {}) {
  await q.intro();
  await onScreen('intro');
  await tabTo(page, q.button(q.t.start), 'the start button', 40);
  await page.keyboard.press('Enter');
  for (let n = 1; n <= QUESTIONS; n++) {
    await q.question(n);
    await settle(page);
    await assertFocusOnQuestion(page, q, n, lang, `step to question ${n}`);
    await onScreen(`question ${n}`);
    await q.chooseByKeyboard(answers[n - 1]);
    await page.keyboard.press('Enter');
  }
  const { verdict } = await q.result();
  await settle(page);
  await onScreen('result');
  return verdict;
}

test('motion only under prefers-reduced-motion: no-preference (the widget stylesheet)', async () => {
  const s = await open(standalone('de'));
  const { page } = s;
  await quiz(page.locator('startklar-quiz'), 'de').intro();
  const unguarded = await page.evaluate(() => {
    const found = [];
    const moving = (style) =>
      ['transition', 'transition-property', 'transition-duration', 'animation', 'animation-name', 'scroll-behavior']
        .map((p) => [p, style.getPropertyValue(p).trim()])
        .filter(([p, v]) => v && !/^(none|0s|all 0s ease 0s|auto|initial|unset)$/.test(v) && !(p === 'transition-property' && v === 'all'));
    const visit = (rules, guarded) => {
      for (const rule of rules) {
        const condition = rule.conditionText ?? rule.media?.mediaText ?? '';
        const inGuard = guarded || /prefers-reduced-motion:\s*no-preference/.test(condition);
        if (rule.style) for (const [p, v] of moving(rule.style)) if (!inGuard) found.push(`${rule.selectorText} { ${p}: ${v} }`);
        if (rule.cssRules) visit(rule.cssRules, inGuard);
      }
    };
    for (const sheet of document.querySelector('startklar-quiz').shadowRoot.adoptedStyleSheets) visit(sheet.cssRules, false);
    return found;
  });
  assert.deepEqual(unguarded, [], 'transitions or animations outside @media (prefers-reduced-motion: no-preference)');
  await assertClean(s);
});

test('reduced motion: the quiz completes by keyboard and nothing in the widget moves', async () => {
  const s = await open(standalone('de'), { reducedMotion: 'reduce' });
  const { page } = s;
  const q = quiz(page.locator('startklar-quiz'), 'de');
  const verdict = await keyboardRun(page, q, 'de', ANSWER_SETS.ready, async (where) => {
    // Hover and focus states must not move either.
    await q.scope.getByRole('button').last().hover();
    assert.deepEqual(await motionInShadow(page, 'startklar-quiz'), [], `motion on ${where}`);
  });
  assert.equal(verdict, 'ready');
  await assertClean(s);
});

for (const colorScheme of ['light', 'dark']) {
  test(`forced colours (${colorScheme}): the quiz completes by keyboard, with visible focus, borders and progress`, async () => {
    const s = await open(standalone('en'), { forcedColors: 'active', colorScheme });
    const { page } = s;
    const q = quiz(page.locator('startklar-quiz'), 'en');
    const verdict = await keyboardRun(page, q, 'en', ANSWER_SETS['hands-off'], async (where) => {
      if (!where.startsWith('question')) return;
      const seen = await q.scope.evaluate((host) => {
        const sk = host.shadowRoot.querySelector('.sk');
        const cs = (el) => getComputedStyle(el);
        const option = sk.querySelector('.sk-option');
        const next = sk.querySelector('.sk-button');
        const progress = sk.querySelector('progress');
        return {
          optionBorder: cs(option).borderTopStyle,
          buttonBorder: cs(next).borderTopStyle,
          progressBorder: cs(progress).borderTopStyle,
        };
      });
      assert.notEqual(seen.optionBorder, 'none', `${where}: options keep a border`);
      assert.notEqual(seen.buttonBorder, 'none', `${where}: Next keeps a border`);
      assert.notEqual(seen.progressBorder, 'none', `${where}: progress keeps a border`);
      // The progress fill must stand out from its track (forced colours
      // repaint backgrounds at paint time: look at the pixels).
      const bar = q.scope.locator('progress');
      const box = await bar.boundingBox();
      const n = Number(where.split(' ')[1]);
      if (n < QUESTIONS) {
        const [filled, empty] = await renderedColours(bar, [
          [(box.width * 0.5) / QUESTIONS, box.height / 2],
          [(box.width * (QUESTIONS - 0.5)) / QUESTIONS, box.height / 2],
        ]);
        const ratio = contrastRatio(filled, empty);
        assert.ok(ratio >= 3, `${where}: progress fill ${filled} vs track ${empty}: ${ratio.toFixed(2)}:1 < 3:1`);
      }
      const st = await focusStyle(page);
      assert.notEqual(st.style, 'none', `${where}: focus outline kept in forced colours`);
    });
    assert.equal(verdict, 'hands-off');
    await assertClean(s);
  });
}

// ---- 6. accessibility tree ----

for (const lang of ['de', 'en']) {
  test(`accessibility tree (${lang}): radios named by their labels, group by the question, progress, result headings`, async () => {
    const s = await open(standalone(lang));
    const { page } = s;
    const q = quiz(page.locator('startklar-quiz'), lang);
    const t = q.t;
    const cdp = await page.context().newCDPSession(page);
    /** Chromium's own accessibility tree: name and role of every node. */
    const axNodes = async () =>
      (await cdp.send('Accessibility.getFullAXTree')).nodes
        .filter((n) => !n.ignored)
        .map((n) => ({ role: n.role?.value, name: n.name?.value ?? '', value: n.value, props: n.properties ?? [] }));
    await q.intro();
    await q.button(t.start).click();
    for (let n = 1; n <= QUESTIONS; n++) {
      await q.question(n);
      await settle(page);
      const question = TEXT[lang].questions[n - 1];
      // Playwright's ARIA snapshot of the group…
      const snap = await q.group().ariaSnapshot();
      const expected = [
        `- group "${question}":`,
        `  - heading "${question}" [level=2]`,
        ...['yes', 'partly', 'no'].map((a) => `  - radio "${t.answer[a]}"`),
      ];
      const lines = snap.split('\n').filter((l) => !/^\s*- (text|generic)\b/.test(l));
      for (const line of expected) assert.ok(lines.some((l) => l.startsWith(line)), `ARIA snapshot of question ${n} lacks ${line}:\n${snap}`);
      // …and Chromium's own tree agrees.
      const nodes = await axNodes();
      const radios = nodes.filter((x) => x.role === 'radio').map((x) => x.name);
      assert.deepEqual(radios, ['yes', 'partly', 'no'].map((a) => t.answer[a]), `radio names on question ${n}`);
      assert.ok(nodes.some((x) => x.role === 'group' && x.name === question), `a group named "${question}"`);
      const bars = nodes.filter((x) => x.role === 'progressbar');
      assert.equal(bars.length, 1, 'one progress bar');
      assert.ok(bars[0].name.includes(t.progress(n)), `progress bar named "${bars[0].name}" includes "${t.progress(n)}"`);
      const value = bars[0].value?.value;
      const max = bars[0].props.find((p) => p.name === 'valuemax')?.value.value;
      assert.deepEqual([value, max], [n, QUESTIONS], 'progress value');
      await q.answer([ANSWER_SETS.train[n - 1]], n);
    }
    await q.result();
    await settle(page);
    const headings = (await axNodes())
      .filter((x) => x.role === 'heading')
      .map((x) => ({ name: x.name, level: x.props.find((p) => p.name === 'level')?.value.value }));
    const start = headings.findIndex((h) => h.name === t.resultHeading);
    assert.ok(start >= 0, `a heading "${t.resultHeading}": ${JSON.stringify(headings)}`);
    assert.equal(headings[start].level, 2, `"${t.resultHeading}" is an h2`);
    const below = headings.slice(start + 1);
    assert.ok(below.length >= 2 && below.every((h) => h.level >= 3), `only h3 and deeper below the result heading: ${JSON.stringify(headings)}`);
    assert.equal(below[0].level, 3, 'the first heading below is an h3');
    assert.equal(below[0].name, TEXT[lang].verdictTitles.train, 'the verdict is the first h3');
    below.reduce((prev, h) => {
      assert.ok(h.level <= prev + 1, `heading levels skip from h${prev} to h${h.level} at "${h.name}"`);
      return h.level;
    }, 2);
    await assertClean(s);
  });
}

// ---- 7. language ----

test('language: inside the English blog page the German widget speaks German, the English one English', async () => {
  const s = await open(BLOG);
  const { page } = s;
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  for (const [id, lang] of [['#quiz-de', 'de'], ['#quiz-en', 'en']]) {
    const q = quiz(page.locator(id), lang);
    await q.intro();
    const langs = await page.evaluate((id) => {
      const root = document.querySelector(id).shadowRoot;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found = new Set();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent.trim() || el.closest('.sk-language')) continue; // language names carry their own
        found.add(el.closest('[lang]')?.getAttribute('lang') ?? null);
      }
      return [...found];
    }, id);
    assert.deepEqual(langs, [lang], `${id}: closest [lang] of text inside the shadow root`);
  }
  // The language buttons name themselves in their own language.
  const buttons = await page.locator('#quiz-de').getByRole('button', { name: 'English', exact: true }).getAttribute('lang');
  assert.equal(buttons, 'en');
  await assertClean(s);
});

// ---- 8. reflow and target size ----

/** Horizontal overflow of the page and of the widget's elements, and small targets. */
function layoutProblems(page, hostSelector) {
  return page.evaluate((sel) => {
    const problems = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > innerWidth) problems.push(`page scrolls sideways: scrollWidth ${doc.scrollWidth} > ${innerWidth}`);
    for (const host of document.querySelectorAll(sel)) {
      const hostRect = host.getBoundingClientRect();
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (!r.width || el.closest('.sk-visually-hidden')) continue;
        const label = `${host.id || 'widget'} <${el.tagName.toLowerCase()} class="${el.className}">`;
        if (r.right > Math.min(innerWidth, hostRect.right) + 0.5 || r.left < Math.max(0, hostRect.left) - 0.5) {
          problems.push(`${label} sticks out: ${Math.round(r.left)}…${Math.round(r.right)} of ${Math.round(hostRect.left)}…${Math.round(hostRect.right)}`);
        }
        // (A single-line text field may scroll its own long value.)
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && !el.matches('progress, input, textarea')) {
          problems.push(`${label} scrolls or clips sideways: ${el.scrollWidth} > ${el.clientWidth}`);
        }
        if (el.matches('button, input, label, a[href], [tabindex="0"]') && (r.width < 24 || r.height < 24)) {
          problems.push(`${label} target ${r.width.toFixed(1)}×${r.height.toFixed(1)} < 24×24`);
        }
      }
    }
    return problems;
  }, hostSelector);
}

const reflowCases = [
  { name: 'standalone de, 320px', url: standalone('de'), hosts: [['startklar-quiz', 'de']], width: 320 },
  { name: 'standalone de, 320px, text 200%', url: standalone('de'), hosts: [['startklar-quiz', 'de']], width: 320, zoom: true },
  { name: 'standalone en, 640px, text 200%', url: standalone('en'), hosts: [['startklar-quiz', 'en']], width: 640, zoom: true },
  { name: 'blog, 320px', url: BLOG, hosts: [['#quiz-de', 'de'], ['#quiz-en', 'en']], width: 320 },
  { name: 'blog, 320px, text 200%', url: BLOG, hosts: [['#quiz-de', 'de'], ['#quiz-en', 'en']], width: 320, zoom: true },
];
for (const c of reflowCases) {
  test(`reflow and targets (${c.name}): no sideways scrolling, targets ≥ 24×24 px`, async () => {
    const s = await open(c.url, { viewport: { width: c.width, height: 700 } });
    const { page } = s;
    for (const [sel, lang] of c.hosts) {
      const q = quiz(page.locator(sel), lang);
      await q.intro();
      if (c.zoom) await page.locator(sel).evaluate((el) => el.style.setProperty('--startklar-font-size', '32px'));
      const check = async (where) => {
        await settle(page);
        const problems = await layoutProblems(page, sel);
        assert.deepEqual(problems, [], `${c.name}, ${sel} ${where}:\n  ${problems.join('\n  ')}`);
      };
      const verdict = await walk(q, ANSWER_SETS.train, check);
      assert.equal(verdict, 'train');
    }
    await assertClean(s);
  });
}
