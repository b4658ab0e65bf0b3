// End-to-end tests of the embeddable <startklar-quiz> element on the built
// dist/ (build it first: bash scripts/build.sh): hostile theme, define
// once, independent instances, late insertion, removal, events, attributes,
// theming, no globals, iframe mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSuite } from './support/suite.mjs';
import { TEXT, QUESTIONS, expectedResult, settle } from './support/quiz.mjs';
import {
  buttonIn,
  backButtonIn,
  headingIn,
  radioIn,
  expectIntroIn,
  expectQuestionIn,
  startIn,
  checkedIn,
  answerIn,
  resultVerdictIn,
  shadowStyle,
  recordEvents,
  collectConsole,
  virtualPage,
  until,
} from './support/embed.mjs';

const suite = useSuite('startklar.js');
const url = (p) => new URL(p, suite.server.url).href;

const ALL_YES = Array(QUESTIONS).fill('yes');
const KNOWN_SETS = [
  { answers: ALL_YES, expected: { verdict: 'ready', score: 16, warnings: [] } },
  { answers: ['no', ...Array(7).fill('yes')], expected: { verdict: 'hands-off', score: 14, warnings: [1] } },
  {
    answers: ['yes', 'partly', 'yes', 'partly', 'partly', 'yes', 'yes', 'yes'],
    expected: { verdict: 'train', score: 13, warnings: [2, 4, 5] },
  },
];

/** Loads `page` and waits until every listed instance shows its intro. */
async function load(page, pagePath, instances) {
  await page.goto(url(pagePath));
  for (const [id, lang] of Object.entries(instances)) await expectIntroIn(page.locator(`#${id}`), lang);
}

// ---- 1. hostile theme ----

const TEXT_PROPS = [
  'font-size',
  'line-height',
  'font-family',
  'font-style',
  'font-weight',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'color',
  'margin-top',
  'margin-bottom',
];

/** Computed text styles and box sizes of the German intro at a width of 600 px. */
async function germanIntroAt600(page, pagePath) {
  await load(page, pagePath, { 'quiz-de': 'de' });
  const de = page.locator('#quiz-de');
  await de.evaluate((host) => host.style.setProperty('width', '600px'));
  await settle(page);
  const style = (locator, extra = []) =>
    locator.evaluate((el, props) => {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        ...Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])),
        width: r.width,
        height: r.height,
      };
    }, [...TEXT_PROPS, ...extra]);
  const paragraphs = de.locator('section p');
  return {
    heading: await style(headingIn(de, TEXT.de.introHeading)),
    lead: await style(paragraphs.nth(0)),
    paragraph: await style(paragraphs.nth(1)),
    button: await style(buttonIn(de, TEXT.de.start), ['padding-top', 'padding-left', 'box-sizing', 'border-top-width']),
    widget: await de.evaluate((host) => {
      const r = host.getBoundingClientRect();
      return { width: r.width, height: r.height };
    }),
  };
}

test('1. hostile theme: the German widget has the same text styles and layout as on a plain page', async () => {
  const plain = await germanIntroAt600(suite.session.page, 'demo/plain.html');
  const blog = await germanIntroAt600(suite.session.page, 'demo/blog.html');
  // The plain page shows the widget's own values (16 px base, not rem-based).
  assert.equal(plain.paragraph['font-size'], '16px');
  assert.equal(plain.heading['font-size'], '24px');
  assert.equal(plain.widget.width, 600);
  assert.ok(plain.widget.height > 200, `plain widget height ${plain.widget.height}`);
  for (const part of ['heading', 'lead', 'paragraph', 'button', 'widget']) {
    assert.deepEqual(blog[part], plain[part], `${part}: hostile blog page vs plain page`);
  }
  suite.session.assertNoErrors();
});

test('1b. no horizontal overflow in the 280 px sidebar (intro, question, result with warnings)', async () => {
  const { page } = suite.session;
  await load(page, 'demo/blog.html', { 'quiz-en': 'en' });
  const en = page.locator('#quiz-en');
  const overflow = () =>
    en.evaluate((host) => {
      const root = host.shadowRoot.querySelector('.sk');
      const box = root.getBoundingClientRect();
      const sticking = [...root.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > box.right + 0.5)
        .map((el) => `${el.localName}.${el.className}`);
      return {
        hostWidth: host.getBoundingClientRect().width,
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
        sticking,
      };
    });
  const check = async (where) => {
    const o = await overflow();
    assert.equal(o.hostWidth, 280, `${where}: the sidebar gives the widget 280 px`);
    assert.ok(o.scrollWidth <= o.clientWidth, `${where}: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}`);
    assert.deepEqual(o.sticking, [], `${where}: elements sticking out of the widget`);
  };
  await check('intro');
  await startIn(en, 'en');
  await check('question 1');
  await answerIn(en, KNOWN_SETS[2].answers, 'en');
  assert.equal(await resultVerdictIn(en, 'en'), 'train');
  await check('result');
  suite.session.assertNoErrors();
});

// ---- 2. defined once ----

test('2. loading the script a second time is harmless: same definition, instances still work', async () => {
  const { page } = suite.session;
  await load(page, 'demo/blog.html', { 'quiz-de': 'de', 'quiz-en': 'en' });
  await expectIntroIn(page.frameLocator('iframe[data-startklar]'), 'en');
  const wasmRequests = () => suite.server.requests.filter((r) => r.includes('startklar-app_bg.wasm')).length;
  const wasmBefore = wasmRequests();

  assert.equal(
    await page.evaluate(() => {
      window.__firstDefinition = customElements.get('startklar-quiz');
      return typeof window.__firstDefinition;
    }),
    'function',
  );
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = '../startklar.js?again';
        script.onload = resolve;
        script.onerror = () => reject(new Error('../startklar.js?again did not load'));
        document.head.append(script);
      }),
  );
  assert.ok(suite.server.requests.includes('/startklar.js?again'), 'the second copy of the script was fetched');
  assert.equal(await page.evaluate(() => customElements.get('startklar-quiz') === window.__firstDefinition), true);

  const de = page.locator('#quiz-de');
  const en = page.locator('#quiz-en');
  await startIn(de, 'de');
  await startIn(en, 'en');
  // An instance added after the second load is upgraded by the first definition.
  await page.evaluate(() => {
    const el = document.createElement('startklar-quiz');
    el.id = 'quiz-after';
    el.lang = 'de';
    document.querySelector('article').append(el);
  });
  const later = page.locator('#quiz-after');
  await expectIntroIn(later, 'de');
  await startIn(later, 'de');
  assert.deepEqual(
    await page.evaluate(() =>
      [...document.querySelectorAll('startklar-quiz')].map((el) => el.shadowRoot.querySelectorAll('.sk').length),
    ),
    [1, 1, 1],
    'one widget per element',
  );
  assert.equal(wasmRequests(), wasmBefore, 'the second script loads no second wasm');
  suite.session.assertNoErrors();
});

// ---- 3. independence ----

test('3. two instances are independent: answering in one leaves the other on its intro', async () => {
  const { page } = suite.session;
  await load(page, 'demo/blog.html', { 'quiz-de': 'de', 'quiz-en': 'en' });
  const de = page.locator('#quiz-de');
  const en = page.locator('#quiz-en');

  await startIn(de, 'de');
  await answerIn(de, ['yes'], 'de');
  await expectQuestionIn(de, 2, 'de');
  await radioIn(de, 'partly', 'de').check();

  await settle(page);
  assert.equal(await headingIn(en, TEXT.en.introHeading).isVisible(), true, 'the English one is still on its intro');
  assert.equal(await en.getByRole('progressbar').count(), 0, 'the English one shows no question');
  assert.equal(await en.getByRole('radio').count(), 0);

  await startIn(en, 'en');
  assert.equal(await checkedIn(en, 'en'), null, 'the English question 1 has no answer yet');
  // A language switch in one instance leaves the other alone.
  await buttonIn(en, TEXT.de.language).click();
  await expectQuestionIn(en, 1, 'de');
  await expectQuestionIn(de, 2, 'de');
  assert.equal(await checkedIn(de, 'de'), 'partly', 'the German one kept its answer');
  await buttonIn(de, TEXT.en.language).click();
  await expectQuestionIn(de, 2, 'en');
  await expectQuestionIn(en, 1, 'de');
  suite.session.assertNoErrors();
});

// ---- 4. late insertion ----

test('4. an element created and appended after load upgrades and works', async () => {
  const { page } = suite.session;
  await load(page, 'demo/plain.html', { 'quiz-de': 'de' });
  await page.evaluate(() => {
    const el = document.createElement('startklar-quiz');
    el.id = 'quiz-late';
    const box = document.createElement('div');
    box.append(el);
    document.body.append(box);
  });
  // No lang attribute: the nearest ancestor's lang, the page's "en".
  const late = page.locator('#quiz-late');
  await expectIntroIn(late, 'en');
  await startIn(late, 'en');
  await expectIntroIn(page.locator('#quiz-de'), 'de');
  suite.session.assertNoErrors();
});

// ---- 5. removal and re-insertion ----

test('5. a removed instance unmounts; re-inserted, it works again', async () => {
  const { page } = suite.session;
  await load(page, 'demo/plain.html', { 'quiz-de': 'de' });
  const de = page.locator('#quiz-de');
  await startIn(de, 'de');
  await answerIn(de, ['partly'], 'de');
  await expectQuestionIn(de, 2, 'de');

  await page.evaluate(() => {
    window.__removed = document.getElementById('quiz-de');
    window.__removed.remove();
  });
  await settle(page);
  assert.deepEqual(
    await page.evaluate(() => ({
      shadowRoot: Boolean(window.__removed.shadowRoot),
      sk: window.__removed.shadowRoot.querySelectorAll('.sk').length,
      children: window.__removed.shadowRoot.childElementCount,
    })),
    { shadowRoot: true, sk: 0, children: 0 },
    'the removed element holds no rendered widget',
  );

  // Re-inserted, it mounts again and resumes where it was (session storage,
  // the default persist="session"), and it can be driven on.
  await page.evaluate(() => document.body.append(window.__removed));
  await expectQuestionIn(de, 2, 'de');
  await backButtonIn(de, 'de').click();
  await expectQuestionIn(de, 1, 'de');
  assert.equal(await checkedIn(de, 'de'), 'partly', 'the answer given before the removal');
  await backButtonIn(de, 'de').click();
  await expectIntroIn(de, 'de');
  await startIn(de, 'de');
  assert.equal(await de.evaluate((host) => host.shadowRoot.querySelectorAll('.sk').length), 1);

  // Without storage (persist="off"), a re-inserted element starts afresh.
  await page.evaluate(() => {
    const el = document.createElement('startklar-quiz');
    el.id = 'quiz-off';
    el.setAttribute('lang', 'en');
    el.setAttribute('persist', 'off');
    document.body.append(el);
  });
  const off = page.locator('#quiz-off');
  await expectIntroIn(off, 'en');
  await startIn(off, 'en');
  await page.evaluate(() => {
    const el = document.getElementById('quiz-off');
    el.remove();
    document.body.append(el);
  });
  await expectIntroIn(off, 'en');
  await startIn(off, 'en');
  suite.session.assertNoErrors();
});

test('5b. rapid insert/remove/insert (20 times, loaded and still loading) ends with one working widget', async () => {
  const { page } = suite.session;
  const countWidgets = () =>
    page.evaluate(() => ({
      elements: document.querySelectorAll('startklar-quiz').length,
      widgets: [...document.querySelectorAll('startklar-quiz')].map((el) => el.shadowRoot?.querySelectorAll('.sk').length ?? 0),
    }));

  // With the wasm already running: synchronous, then spread over tasks and frames.
  await load(page, 'demo/plain.html', { 'quiz-de': 'de' });
  await page.evaluate(async () => {
    const el = document.getElementById('quiz-de');
    for (let i = 0; i < 20; i++) {
      document.body.append(el);
      el.remove();
      document.body.append(el);
    }
    for (let i = 0; i < 20; i++) {
      el.remove();
      await new Promise((r) => setTimeout(r, 0));
      document.body.append(el);
      await new Promise((r) => (i % 2 ? requestAnimationFrame(r) : queueMicrotask(r)));
    }
  });
  const de = page.locator('#quiz-de');
  await expectIntroIn(de, 'de');
  await settle(page);
  assert.deepEqual(await countWidgets(), { elements: 1, widgets: [1] });
  await startIn(de, 'de');
  await answerIn(de, ['yes'], 'de');
  await expectQuestionIn(de, 2, 'de');

  // While the wasm is still loading: the element is defined, the app not yet started.
  const rapid = url('demo/__rapid.html');
  await virtualPage(
    suite.session.context,
    rapid,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rapid</title>
<script type="module" src="../startklar.js"></script>
<script type="module">
  await customElements.whenDefined('startklar-quiz');
  const el = document.createElement('startklar-quiz');
  el.id = 'quiz-rapid';
  el.setAttribute('lang', 'de');
  for (let i = 0; i < 20; i++) { document.body.append(el); el.remove(); document.body.append(el); }
</script></head><body></body></html>`,
  );
  await page.goto(rapid);
  const r = page.locator('#quiz-rapid');
  await expectIntroIn(r, 'de');
  await settle(page);
  assert.deepEqual(await countWidgets(), { elements: 1, widgets: [1] });
  await startIn(r, 'de');
  suite.session.assertNoErrors();
});

// ---- 6. events ----

test('6. startklar-answer per confirmed answer and startklar-complete, bubbling and composed, for known answer sets', async () => {
  const { page } = suite.session;
  await load(page, 'demo/plain.html', { 'quiz-de': 'de' });
  const de = page.locator('#quiz-de');
  const events = await recordEvents(page);

  // Choosing alone sends nothing; going on with Next confirms the answer.
  await startIn(de, 'de');
  await radioIn(de, 'no', 'de').check();
  await radioIn(de, 'yes', 'de').check();
  await settle(page);
  assert.deepEqual(await events(), [], 'no event before Next');
  await buttonIn(de, TEXT.de.next).click();
  await expectQuestionIn(de, 2, 'de');
  assert.deepEqual(
    await events(),
    [
      {
        type: 'startklar-answer',
        detail: { question: 1, answer: 'yes' },
        bubbles: true,
        composed: true,
        atDocumentInPhase: 3, // Event.BUBBLING_PHASE: it bubbled up from the element
        target: 'quiz-de',
      },
    ],
  );
  await answerIn(de, ALL_YES.slice(1), 'de', 2);

  for (const [i, { answers, expected }] of KNOWN_SETS.entries()) {
    if (i > 0) {
      await buttonIn(de, TEXT.de.restart).click();
      await expectIntroIn(de, 'de');
      await startIn(de, 'de');
      await answerIn(de, answers, 'de');
    }
    assert.equal(await resultVerdictIn(de, 'de'), expected.verdict);
    const { verdict, score } = expectedResult(answers);
    assert.deepEqual({ verdict, score }, { verdict: expected.verdict, score: expected.score }, 'scoring contract');

    const got = (await events()).slice(i * (QUESTIONS + 1));
    assert.deepEqual(
      got.map((e) => [e.type, e.detail]),
      [
        ...answers.map((answer, q) => ['startklar-answer', { question: q + 1, answer }]),
        ['startklar-complete', { ...expected, answers }],
      ],
      `events for ${answers.join(',')}`,
    );
    for (const e of got) {
      assert.deepEqual(
        [e.bubbles, e.composed, e.atDocumentInPhase, e.target],
        [true, true, 3, 'quiz-de'],
        `${e.type} bubbles, is composed, and comes from the element`,
      );
    }
  }

  // Composed: from an element inside another component's shadow root, the
  // event still reaches the document (retargeted to that component).
  await page.evaluate(() => {
    const outer = document.createElement('div');
    outer.id = 'outer-component';
    const inner = document.createElement('startklar-quiz');
    inner.id = 'quiz-nested';
    inner.setAttribute('lang', 'en');
    outer.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
  });
  const nested = page.locator('#quiz-nested');
  await expectIntroIn(nested, 'en');
  await startIn(nested, 'en');
  const before = (await events()).length;
  await answerIn(nested, ['partly'], 'en');
  await expectQuestionIn(nested, 2, 'en');
  const last = (await events()).slice(before);
  assert.deepEqual(
    last.map((e) => [e.type, e.detail, e.target]),
    [['startklar-answer', { question: 1, answer: 'partly' }, 'outer-component']],
  );
  suite.session.assertNoErrors();
});

// ---- 7. attributes at run time ----

test('7. lang at run time switches at once and keeps question and answers; invalid lang warns once and falls back', async () => {
  const { page } = suite.session;
  const warnings = collectConsole(page, 'warning');
  await load(page, 'demo/plain.html', { 'quiz-de': 'de' });
  const de = page.locator('#quiz-de');
  const setLang = (v) => de.evaluate((host, v) => host.setAttribute('lang', v), v);

  await startIn(de, 'de');
  await answerIn(de, ['yes'], 'de');
  await expectQuestionIn(de, 2, 'de');
  await radioIn(de, 'partly', 'de').check();

  await setLang('en');
  await expectQuestionIn(de, 2, 'en');
  assert.equal(await checkedIn(de, 'en'), 'partly', 'the current answer survives the switch');
  assert.equal(await buttonIn(de, TEXT.en.language).getAttribute('aria-pressed'), 'true');
  await backButtonIn(de, 'en').click();
  await expectQuestionIn(de, 1, 'en');
  assert.equal(await checkedIn(de, 'en'), 'yes', 'earlier answers survive the switch');
  await buttonIn(de, TEXT.en.next).click();
  await expectQuestionIn(de, 2, 'en');

  await setLang('de');
  await expectQuestionIn(de, 2, 'de');
  assert.deepEqual(warnings, [], 'valid values log no warning');

  await setLang('fr');
  // The fallback: the nearest ancestor's lang, <html lang="en"> on this page.
  await expectQuestionIn(de, 2, 'en');
  assert.equal(await checkedIn(de, 'en'), 'partly');
  await settle(page);
  assert.equal(warnings.length, 1, `one warning: ${JSON.stringify(warnings)}`);
  assert.match(warnings[0], /\blang\b/);
  assert.match(warnings[0], /"de", "en"/);
  assert.match(warnings[0], /fr/);
  suite.session.assertNoErrors();
});

test('7b. theme at run time changes the colours at once; invalid theme warns once and uses auto', async () => {
  const { page } = suite.session;
  const warnings = collectConsole(page, 'warning');
  await load(page, 'demo/plain.html', { 'quiz-de': 'de' });
  const de = page.locator('#quiz-de');
  const setTheme = (v) => de.evaluate((host, v) => host.setAttribute('theme', v), v);
  const background = async () => (await shadowStyle(de, '.sk', ['background-color']))['background-color'];
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(31, 33, 36)'; // #1f2124

  assert.equal(await background(), WHITE, 'no theme attribute on a light system: light');
  await setTheme('dark');
  assert.equal(await background(), DARK);
  await setTheme('light');
  assert.equal(await background(), WHITE);
  assert.deepEqual(warnings, []);

  await setTheme('purple');
  assert.equal(await background(), WHITE, 'invalid theme: auto, light on a light system');
  await settle(page);
  assert.equal(warnings.length, 1, `one warning: ${JSON.stringify(warnings)}`);
  assert.match(warnings[0], /\btheme\b/);
  assert.match(warnings[0], /"auto", "light", "dark"/);

  // auto follows prefers-color-scheme; light wins over a dark system.
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(), DARK, 'invalid theme on a dark system: auto, dark');
  await setTheme('auto');
  assert.equal(await background(), DARK);
  await setTheme('light');
  assert.equal(await background(), WHITE);
  assert.equal(warnings.length, 1, 'still one warning');
  suite.session.assertNoErrors();
});

// ---- 8. theming ----

test('8. CSS custom properties on the element and ::part() styles from the page apply', async () => {
  const { page } = suite.session;
  await load(page, 'demo/plain.html', { 'quiz-de': 'de' });
  const de = page.locator('#quiz-de');
  const start = buttonIn(de, TEXT.de.start);
  const css = (locator, props) =>
    locator.evaluate((el, props) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }, props);

  assert.equal((await css(start, ['background-color']))['background-color'], 'rgb(11, 87, 208)', 'default accent #0b57d0');
  await de.evaluate((host) => {
    host.style.setProperty('--startklar-accent', 'rgb(255, 0, 0)');
    host.style.setProperty('--startklar-text', 'rgb(1, 2, 3)');
    host.style.setProperty('--startklar-background', 'rgb(4, 5, 6)');
    host.style.setProperty('--startklar-font-family', '"Courier New", monospace');
    host.style.setProperty('--startklar-radius', '3px');
    host.style.setProperty('--startklar-font-size', '20px');
  });
  assert.equal((await css(start, ['background-color']))['background-color'], 'rgb(255, 0, 0)');
  assert.equal((await css(start, ['border-top-left-radius']))['border-top-left-radius'], '3px');
  assert.deepEqual(
    await shadowStyle(de, '.sk', ['color', 'background-color', 'font-family', 'border-top-left-radius', 'font-size']),
    {
      color: 'rgb(1, 2, 3)',
      'background-color': 'rgb(4, 5, 6)',
      'font-family': '"Courier New", monospace',
      'border-top-left-radius': '3px',
      'font-size': '20px',
    },
  );

  assert.equal((await css(start, ['outline-style']))['outline-style'], 'none', 'no outline before the ::part rule');
  await page.addStyleTag({
    content:
      'startklar-quiz::part(button) { outline: 7px solid rgb(0, 128, 0); }\n' +
      'startklar-quiz::part(widget) { border: 5px solid rgb(0, 0, 255); }',
  });
  assert.deepEqual(await css(start, ['outline-width', 'outline-style', 'outline-color']), {
    'outline-width': '7px',
    'outline-style': 'solid',
    'outline-color': 'rgb(0, 128, 0)',
  });
  assert.equal((await shadowStyle(de, '.sk', ['border-top-width']))['border-top-width'], '5px');

  // The part names documented in the README are there (intro, question).
  const hasParts = async (names) => {
    const found = await parts();
    assert.deepEqual(names.filter((n) => !found.includes(n)), [], `missing parts (found: ${found})`);
  };
  const parts = () =>
    de.evaluate((host) =>
      [...new Set([...host.shadowRoot.querySelectorAll('[part]')].flatMap((el) => el.part.value.split(' ')))].sort(),
    );
  await hasParts(['widget', 'language-switch', 'intro', 'button']);
  await startIn(de, 'de');
  await hasParts(['widget', 'language-switch', 'question', 'back-button', 'progress', 'option', 'button']);
  suite.session.assertNoErrors();
});

// ---- 9. no globals ----

test('9. no global JavaScript names and no global styles beyond the element', async () => {
  const { page } = suite.session;
  const blank = url('demo/__blank.html');
  await virtualPage(
    suite.session.context,
    blank,
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>',
  );
  await page.goto(blank);
  const names = () => page.evaluate(() => Object.getOwnPropertyNames(window));
  const before = await names();
  assert.ok(before.includes('customElements'), 'the name list is real');

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '../startklar.js';
    document.head.append(script);
    const el = document.createElement('startklar-quiz');
    el.id = 'quiz-de';
    document.body.append(el);
  });
  const de = page.locator('#quiz-de');
  await expectIntroIn(de, 'de');
  await startIn(de, 'de');
  await answerIn(de, ['yes'], 'de');
  await expectQuestionIn(de, 2, 'de');

  const added = (await names()).filter((n) => !before.includes(n));
  assert.deepEqual(added, [], 'new global names');
  assert.equal(await page.evaluate(() => typeof customElements.get('startklar-quiz')), 'function');
  assert.deepEqual(
    await page.evaluate(() => ({
      styleSheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      styleElements: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
    })),
    { styleSheets: 0, adopted: 0, styleElements: 0 },
    'global styles',
  );
  suite.session.assertNoErrors();
});

// ---- 10. iframe mode ----

test('10. iframe mode: transparent page, height messages on load and on each change', async () => {
  const { page } = suite.session;
  const host = url('demo/__iframe.html');
  await virtualPage(
    suite.session.context,
    host,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>iframe host</title>
<script>
  window.__messages = [];
  addEventListener('message', (e) => {
    if (e.data?.type !== 'startklar:height') return;
    const frame = document.querySelector('iframe');
    window.__messages.push({ data: e.data, fromFrame: Boolean(frame) && e.source === frame.contentWindow });
  });
</script></head>
<body style="margin:0"><iframe src="../index.html?embed=1&amp;lang=en" title="quiz" style="width:600px;border:0" height="300"></iframe></body></html>`,
  );
  await page.goto(host);
  const messages = () => page.evaluate(() => window.__messages.slice());
  const frameScope = page.frameLocator('iframe');
  await expectIntroIn(frameScope, 'en');
  const first = await until(async () => (await messages())[0], 'a first startklar:height message');
  assert.deepEqual(Object.keys(first.data).sort(), ['height', 'type']);
  assert.equal(first.fromFrame, true);
  assert.ok(Number.isInteger(first.data.height) && first.data.height > 0, `height ${first.data.height}`);

  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  assert.ok(frame, 'the iframe');
  const frameHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await until(async () => (await messages()).at(-1).data.height === (await frameHeight()), 'the last message tells the intro height');
  const onIntro = (await messages()).length;

  await startIn(frameScope, 'en');
  const after = await until(async () => {
    const all = await messages();
    return all.length > onIntro && all.at(-1).data.height === (await frameHeight()) && all;
  }, 'a new height message after reaching question 1');
  const heights = after.map((m) => m.data.height);
  assert.notEqual(heights.at(-1), heights[onIntro - 1], 'the question screen has another height');
  for (let i = 1; i < heights.length; i++) assert.notEqual(heights[i], heights[i - 1], `a message only on change: ${heights}`);
  assert.ok(after.every((m) => m.fromFrame && m.data.height > 0));

  assert.deepEqual(
    await frame.evaluate(() => ({
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      widget: getComputedStyle(document.querySelector('startklar-quiz').shadowRoot.querySelector('.sk')).backgroundColor,
    })),
    { html: 'rgba(0, 0, 0, 0)', body: 'rgba(0, 0, 0, 0)', widget: 'rgba(0, 0, 0, 0)' },
    'transparent iframe page',
  );
  suite.session.assertNoErrors();
});

test('10b. demo/blog.html: the optional script sizes the iframe to the last height message', async () => {
  const { page } = suite.session;
  await suite.session.context.addInitScript(() => {
    const heights = [];
    Object.defineProperty(window, '__heights', { value: heights });
    addEventListener('message', (e) => {
      if (e.data?.type === 'startklar:height') heights.push(e.data.height);
    });
  });
  await page.goto(url('demo/blog.html'));
  const iframe = page.locator('iframe[data-startklar]');
  const frameScope = page.frameLocator('iframe[data-startklar]');
  await expectIntroIn(frameScope, 'en');
  const sized = () =>
    until(async () => {
      const heights = await page.evaluate(() => window.__heights.slice());
      const attr = await iframe.getAttribute('height');
      return heights.length > 0 && attr === String(heights.at(-1)) && { heights, attr };
    }, 'iframe height attribute equal to the last message');

  const intro = await sized();
  await startIn(frameScope, 'en');
  const question = await until(async () => {
    const r = await sized();
    return r.heights.length > intro.heights.length && r;
  }, 'a new message after question 1, applied to the iframe');
  assert.notEqual(question.attr, intro.attr);
  const box = await iframe.boundingBox();
  assert.equal(Math.round(box.height), Number(question.attr), 'the iframe is as tall as its attribute says');
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  assert.ok(
    await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
    'no scrollbar inside the iframe',
  );
  suite.session.assertNoErrors();
});
