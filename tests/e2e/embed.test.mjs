// End-to-end tests of the embeddable <startklar-quiz> element on the build
// (dist/, build it first: bash scripts/build.sh): hostile theme, define
// once, independent instances, late insertion, removal, events, attributes,
// theming, no globals, iframe mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, hostPage } from './support/harness.mjs';
import {
  quiz,
  atIntro,
  TEXT,
  QUESTIONS,
  ANSWER_SETS,
  expectedResult,
  settle,
  until,
  recordEvents,
  widgetCounts,
} from './support/driver.mjs';

const h = useHarness();

const ALL_YES = ANSWER_SETS.ready;
const KNOWN_SETS = [
  { answers: ALL_YES, expected: { verdict: 'ready', score: 16, warnings: [] } },
  { answers: ANSWER_SETS['hands-off'], expected: { verdict: 'hands-off', score: 14, warnings: [1] } },
  { answers: ANSWER_SETS.train, expected: { verdict: 'train', score: 13, warnings: [2, 4, 5] } },
];

/** A fresh session on `p` with the listed widgets ({ id: lang }) at their intro: { s, page, widgets }. */
async function load(p, langs) {
  const s = await h.visit(p);
  return { s, page: s.page, widgets: await atIntro(s.page, langs) };
}

/** The driver of the widget inside the iframe of `page`. */
const framed = (page, selector = 'iframe[data-startklar]') =>
  quiz(page.frameLocator(selector).locator('startklar-quiz'), 'en');

/** Computed values of CSS properties `props` of `locator`'s element. */
const computed = (locator, props) =>
  locator.evaluate((el, props) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  }, props);

/** Computed values of `props` of the first element matching `selector` in the shadow root of `host`. */
const shadowStyle = (host, selector, props) =>
  host.evaluate(
    (host, [selector, props]) => {
      const el = host.shadowRoot?.querySelector(selector);
      if (!el) return null;
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    },
    [selector, props],
  );

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
async function germanIntroAt600(s, pagePath) {
  await s.page.goto(h.url(pagePath));
  const [de] = await atIntro(s.page, { 'quiz-de': 'de' });
  await de.scope.evaluate((host) => host.style.setProperty('width', '600px'));
  await settle(s.page);
  const style = async (locator, extra = []) => ({
    ...(await computed(locator, [...TEXT_PROPS, ...extra])),
    ...(await locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, height: r.height };
    })),
  });
  const paragraphs = de.scope.locator('section p');
  return {
    heading: await style(de.heading(TEXT.de.introHeading)),
    lead: await style(paragraphs.nth(0)),
    paragraph: await style(paragraphs.nth(1)),
    button: await style(de.button(TEXT.de.start), ['padding-top', 'padding-left', 'box-sizing', 'border-top-width']),
    widget: await de.scope.evaluate((host) => {
      const r = host.getBoundingClientRect();
      return { width: r.width, height: r.height };
    }),
  };
}

test('1. hostile theme: the German widget has the same text styles and layout as on a plain page', async () => {
  const s = await h.open();
  const plain = await germanIntroAt600(s, 'demo/plain.html');
  const blog = await germanIntroAt600(s, 'demo/blog.html');
  // The plain page shows the widget's own values (16 px base, not rem-based).
  assert.equal(plain.paragraph['font-size'], '16px');
  assert.equal(plain.heading['font-size'], '24px');
  assert.equal(plain.widget.width, 600);
  assert.ok(plain.widget.height > 200, `plain widget height ${plain.widget.height}`);
  for (const part of ['heading', 'lead', 'paragraph', 'button', 'widget']) {
    assert.deepEqual(blog[part], plain[part], `${part}: hostile blog page vs plain page`);
  }
  s.log.assertNoErrors();
});

test('1b. no horizontal overflow in the 280 px sidebar (intro, question, result with warnings)', async () => {
  const { s, page, widgets: [en] } = await load('demo/blog.html', { 'quiz-en': 'en' });
  const overflow = () =>
    en.scope.evaluate((host) => {
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
  await en.start();
  await check('question 1');
  await en.answer(KNOWN_SETS[2].answers);
  assert.equal((await en.result()).verdict, 'train');
  await check('result');
  s.log.assertNoErrors();
});

// ---- 2. defined once ----

test('2. loading the script a second time is harmless: same definition, instances still work', async () => {
  const { s, page, widgets: [de, en] } = await load('demo/blog.html', { 'quiz-de': 'de', 'quiz-en': 'en' });
  await framed(page).intro();
  const wasmRequests = () => h.server.requests.filter((r) => r.includes('startklar-app_bg.wasm')).length;
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
  assert.ok(h.server.requests.includes('/startklar.js?again'), 'the second copy of the script was fetched');
  assert.equal(await page.evaluate(() => customElements.get('startklar-quiz') === window.__firstDefinition), true);

  await de.start();
  await en.start();
  // An instance added after the second load is upgraded by the first definition.
  await page.evaluate(() => {
    const el = document.createElement('startklar-quiz');
    el.id = 'quiz-after';
    el.lang = 'de';
    document.querySelector('article').append(el);
  });
  const later = quiz(page.locator('#quiz-after'), 'de');
  await later.intro();
  await later.start();
  assert.deepEqual(await widgetCounts(page), [1, 1, 1], 'one widget per element');
  assert.equal(wasmRequests(), wasmBefore, 'the second script loads no second wasm');
  s.log.assertNoErrors();
});

// ---- 3. independence ----

test('3. two instances are independent: answering in one leaves the other on its intro', async () => {
  const { s, page, widgets: [de, en] } = await load('demo/blog.html', { 'quiz-de': 'de', 'quiz-en': 'en' });

  await de.start();
  await de.answer(['yes']);
  await de.question(2);
  await de.choose('partly');

  await settle(page);
  assert.equal(await en.heading(TEXT.en.introHeading).isVisible(), true, 'the English one is still on its intro');
  assert.equal(await en.scope.getByRole('progressbar').count(), 0, 'the English one shows no question');
  assert.equal(await en.scope.getByRole('radio').count(), 0);

  await en.start();
  assert.equal(await en.checked(), null, 'the English question 1 has no answer yet');
  // A language switch in one instance leaves the other alone.
  await en.button(TEXT.de.language).click();
  await en.in('de').question(1);
  await de.question(2);
  assert.equal(await de.checked(), 'partly', 'the German one kept its answer');
  await de.button(TEXT.en.language).click();
  await de.in('en').question(2);
  await en.in('de').question(1);
  s.log.assertNoErrors();
});

// ---- 4. late insertion ----

test('4. an element created and appended after load upgrades and works', async () => {
  const { s, page } = await load('demo/plain.html', { 'quiz-de': 'de' });
  await page.evaluate(() => {
    const el = document.createElement('startklar-quiz');
    el.id = 'quiz-late';
    const box = document.createElement('div');
    box.append(el);
    document.body.append(box);
  });
  // No lang attribute: the nearest ancestor's lang, the page's "en".
  const late = quiz(page.locator('#quiz-late'), 'en');
  await late.intro();
  await late.start();
  await quiz(page.locator('#quiz-de'), 'de').intro();
  s.log.assertNoErrors();
});

// ---- 5. removal and re-insertion ----

test('5. a removed instance unmounts; re-inserted, it works again', async () => {
  const { s, page, widgets: [de] } = await load('demo/plain.html', { 'quiz-de': 'de' });
  await de.start();
  await de.answer(['partly']);
  await de.question(2);

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
  await de.question(2);
  await de.back();
  await de.question(1);
  assert.equal(await de.checked(), 'partly', 'the answer given before the removal');
  await de.back();
  await de.intro();
  await de.start();
  assert.equal(await de.scope.evaluate((host) => host.shadowRoot.querySelectorAll('.sk').length), 1);

  // Without storage (persist="off"), a re-inserted element starts afresh.
  await page.evaluate(() => {
    const el = document.createElement('startklar-quiz');
    el.id = 'quiz-off';
    el.setAttribute('lang', 'en');
    el.setAttribute('persist', 'off');
    document.body.append(el);
  });
  const off = quiz(page.locator('#quiz-off'), 'en');
  await off.intro();
  await off.start();
  await page.evaluate(() => {
    const el = document.getElementById('quiz-off');
    el.remove();
    document.body.append(el);
  });
  await off.intro();
  await off.start();
  s.log.assertNoErrors();
});

test('5b. rapid insert/remove/insert (20 times, loaded and still loading) ends with one working widget', async () => {
  // With the wasm already running: synchronous, then spread over tasks and frames.
  const { s, page, widgets: [de] } = await load('demo/plain.html', { 'quiz-de': 'de' });
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
  await de.intro();
  await settle(page);
  assert.deepEqual(await widgetCounts(page), [1], 'one element with one widget');
  await de.start();
  await de.answer(['yes']);
  await de.question(2);

  // While the wasm is still loading: the element is defined, the app not yet started.
  const rapid = await s.virtualPage(
    'demo/__rapid.html',
    hostPage({
      title: 'rapid',
      head: `<script type="module">
  await customElements.whenDefined('startklar-quiz');
  const el = document.createElement('startklar-quiz');
  el.id = 'quiz-rapid';
  el.setAttribute('lang', 'de');
  for (let i = 0; i < 20; i++) { document.body.append(el); el.remove(); document.body.append(el); }
</script>`,
      body: '',
    }),
  );
  await page.goto(rapid);
  const r = quiz(page.locator('#quiz-rapid'), 'de');
  await r.intro();
  await settle(page);
  assert.deepEqual(await widgetCounts(page), [1], 'one element with one widget');
  await r.start();
  s.log.assertNoErrors();
});

// ---- 6. events ----

test('6. startklar-answer per confirmed answer and startklar-complete, bubbling and composed, for known answer sets', async () => {
  const { s, page, widgets: [de] } = await load('demo/plain.html', { 'quiz-de': 'de' });
  const events = await recordEvents(page);

  // Choosing alone sends nothing; going on with Next confirms the answer.
  await de.start();
  await de.choose('no');
  await de.choose('yes');
  await settle(page);
  assert.deepEqual(await events(), [], 'no event before Next');
  await de.button(TEXT.de.next).click();
  await de.question(2);
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
  await de.answer(ALL_YES.slice(1), 2);

  for (const [i, { answers, expected }] of KNOWN_SETS.entries()) {
    if (i > 0) {
      await de.button(TEXT.de.restart).click();
      await de.intro();
      await de.start();
      await de.answer(answers);
    }
    assert.equal((await de.result()).verdict, expected.verdict);
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
  const nested = quiz(page.locator('#quiz-nested'), 'en');
  await nested.intro();
  await nested.start();
  const before = (await events()).length;
  await nested.answer(['partly']);
  await nested.question(2);
  const last = (await events()).slice(before);
  assert.deepEqual(
    last.map((e) => [e.type, e.detail, e.target]),
    [['startklar-answer', { question: 1, answer: 'partly' }, 'outer-component']],
  );
  s.log.assertNoErrors();
});

// ---- 7. attributes at run time ----

test('7. lang at run time switches at once and keeps question and answers; invalid lang warns once and falls back', async () => {
  const { s, page, widgets: [de] } = await load('demo/plain.html', { 'quiz-de': 'de' });
  const en = de.in('en');
  const setLang = (v) => de.scope.evaluate((host, v) => host.setAttribute('lang', v), v);

  await de.start();
  await de.answer(['yes']);
  await de.question(2);
  await de.choose('partly');

  await setLang('en');
  await en.question(2);
  assert.equal(await en.checked(), 'partly', 'the current answer survives the switch');
  assert.equal(await de.button(TEXT.en.language).getAttribute('aria-pressed'), 'true');
  await en.back();
  await en.question(1);
  assert.equal(await en.checked(), 'yes', 'earlier answers survive the switch');
  await de.button(TEXT.en.next).click();
  await en.question(2);

  await setLang('de');
  await de.question(2);
  assert.deepEqual(s.log.warnings, [], 'valid values log no warning');

  await setLang('fr');
  // The fallback: the nearest ancestor's lang, <html lang="en"> on this page.
  await en.question(2);
  assert.equal(await en.checked(), 'partly');
  await settle(page);
  const [[warning]] = s.log.assertWarnings([/./, 1]);
  assert.match(warning, /\blang\b/);
  assert.match(warning, /"de", "en"/);
  assert.match(warning, /fr/);
  s.log.assertNoErrors();
});

test('7b. theme at run time changes the colours at once; invalid theme warns once and uses auto', async () => {
  const { s, page, widgets: [{ scope: de }] } = await load('demo/plain.html', { 'quiz-de': 'de' });
  const setTheme = (v) => de.evaluate((host, v) => host.setAttribute('theme', v), v);
  const background = async () => (await shadowStyle(de, '.sk', ['background-color']))['background-color'];
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(31, 33, 36)'; // #1f2124

  assert.equal(await background(), WHITE, 'no theme attribute on a light system: light');
  await setTheme('dark');
  assert.equal(await background(), DARK);
  await setTheme('light');
  assert.equal(await background(), WHITE);
  assert.deepEqual(s.log.warnings, []);

  await setTheme('purple');
  assert.equal(await background(), WHITE, 'invalid theme: auto, light on a light system');
  await settle(page);
  const [[warning]] = s.log.assertWarnings([/./, 1]);
  assert.match(warning, /\btheme\b/);
  assert.match(warning, /"auto", "light", "dark"/);

  // auto follows prefers-color-scheme; light wins over a dark system.
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(), DARK, 'invalid theme on a dark system: auto, dark');
  await setTheme('auto');
  assert.equal(await background(), DARK);
  await setTheme('light');
  assert.equal(await background(), WHITE);
  assert.equal(s.log.warnings.length, 1, 'still one warning');
  s.log.assertNoErrors();
});

// ---- 8. theming ----

test('8. CSS custom properties on the element and ::part() styles from the page apply', async () => {
  const { s, page, widgets: [de] } = await load('demo/plain.html', { 'quiz-de': 'de' });
  const start = de.button(TEXT.de.start);

  assert.equal((await computed(start, ['background-color']))['background-color'], 'rgb(11, 87, 208)', 'default accent #0b57d0');
  await de.scope.evaluate((host) => {
    host.style.setProperty('--startklar-accent', 'rgb(255, 0, 0)');
    host.style.setProperty('--startklar-text', 'rgb(1, 2, 3)');
    host.style.setProperty('--startklar-background', 'rgb(4, 5, 6)');
    host.style.setProperty('--startklar-font-family', '"Courier New", monospace');
    host.style.setProperty('--startklar-radius', '3px');
    host.style.setProperty('--startklar-font-size', '20px');
  });
  assert.equal((await computed(start, ['background-color']))['background-color'], 'rgb(255, 0, 0)');
  assert.equal((await computed(start, ['border-top-left-radius']))['border-top-left-radius'], '3px');
  assert.deepEqual(
    await shadowStyle(de.scope, '.sk', ['color', 'background-color', 'font-family', 'border-top-left-radius', 'font-size']),
    {
      color: 'rgb(1, 2, 3)',
      'background-color': 'rgb(4, 5, 6)',
      'font-family': '"Courier New", monospace',
      'border-top-left-radius': '3px',
      'font-size': '20px',
    },
  );

  assert.equal((await computed(start, ['outline-style']))['outline-style'], 'none', 'no outline before the ::part rule');
  await page.addStyleTag({
    content:
      'startklar-quiz::part(button) { outline: 7px solid rgb(0, 128, 0); }\n' +
      'startklar-quiz::part(widget) { border: 5px solid rgb(0, 0, 255); }',
  });
  assert.deepEqual(await computed(start, ['outline-width', 'outline-style', 'outline-color']), {
    'outline-width': '7px',
    'outline-style': 'solid',
    'outline-color': 'rgb(0, 128, 0)',
  });
  assert.equal((await shadowStyle(de.scope, '.sk', ['border-top-width']))['border-top-width'], '5px');

  // The part names documented in the README are there (intro, question).
  const hasParts = async (names) => {
    const found = await parts();
    assert.deepEqual(names.filter((n) => !found.includes(n)), [], `missing parts (found: ${found})`);
  };
  const parts = () =>
    de.scope.evaluate((host) =>
      [...new Set([...host.shadowRoot.querySelectorAll('[part]')].flatMap((el) => el.part.value.split(' ')))].sort(),
    );
  await hasParts(['widget', 'language-switch', 'intro', 'button']);
  await de.start();
  await hasParts(['widget', 'language-switch', 'question', 'back-button', 'progress', 'option', 'button']);
  s.log.assertNoErrors();
});

// ---- 9. no globals ----

/** A German page without the loader: the test adds it. */
const BLANK_PAGE = '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';

test('9. no global JavaScript names and no global styles beyond the element', async () => {
  const s = await h.open();
  const { page } = s;
  const blank = await s.virtualPage('demo/__blank.html', BLANK_PAGE);
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
  const de = quiz(page.locator('#quiz-de'), 'de');
  await de.intro();
  await de.start();
  await de.answer(['yes']);
  await de.question(2);

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
  s.log.assertNoErrors();
});

// ---- 10. iframe mode ----

test('10. iframe mode: transparent page, height messages on load and on each change', async () => {
  const s = await h.open();
  const { page } = s;
  const host = await s.virtualPage(
    'demo/__iframe.html',
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
  const frameScope = framed(page, 'iframe');
  await frameScope.intro();
  const first = await until(async () => (await messages())[0], 'a first startklar:height message');
  assert.deepEqual(Object.keys(first.data).sort(), ['height', 'type']);
  assert.equal(first.fromFrame, true);
  assert.ok(Number.isInteger(first.data.height) && first.data.height > 0, `height ${first.data.height}`);

  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  assert.ok(frame, 'the iframe');
  const frameHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await until(async () => (await messages()).at(-1).data.height === (await frameHeight()), 'the last message tells the intro height');
  const onIntro = (await messages()).length;

  await frameScope.start();
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
  s.log.assertNoErrors();
});

test('10b. demo/blog.html: the optional script sizes the iframe to the last height message', async () => {
  const s = await h.open();
  const { page } = s;
  await s.context.addInitScript(() => {
    const heights = [];
    Object.defineProperty(window, '__heights', { value: heights });
    addEventListener('message', (e) => {
      if (e.data?.type === 'startklar:height') heights.push(e.data.height);
    });
  });
  await page.goto(h.url('demo/blog.html'));
  const iframe = page.locator('iframe[data-startklar]');
  const frameScope = framed(page);
  await frameScope.intro();
  const sized = () =>
    until(async () => {
      const heights = await page.evaluate(() => window.__heights.slice());
      const attr = await iframe.getAttribute('height');
      return heights.length > 0 && attr === String(heights.at(-1)) && { heights, attr };
    }, 'iframe height attribute equal to the last message');

  const intro = await sized();
  await frameScope.start();
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
  s.log.assertNoErrors();
});
