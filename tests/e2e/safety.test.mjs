// Never break the host page (issue 7), part 1: a strict Content Security
// Policy, faults that stay inside one widget, and hostile attribute values
// and markup that stay text. Runs on the built dist/ (bash scripts/build.sh)
// or $STARTKLAR_DIST. Part 2, bad input of every other kind, is in
// bad-input.test.mjs.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve, DIST } from './support/server.mjs';
import { launchBrowser } from './support/browser.mjs';
import { TEXT, QUESTIONS, settle, visible, expectedResult } from './support/quiz.mjs';
import {
  buttonIn,
  radioIn,
  expectIntroIn,
  expectQuestionIn,
  startIn,
  answerIn,
  resultVerdictIn,
  virtualPage,
  until,
} from './support/embed.mjs';
import {
  STRICT_CSP,
  NO_WASM_CSP,
  ACTIONS,
  TRAIN,
  MARKUP,
  watchViolations,
  violations,
  fullQuiz,
  download,
  keepSessions,
  warnings,
  answerOne,
  assertNothingInjected,
  assertHostWorks,
} from './support/safety.mjs';

let plain, strict, noWasm, browser;
const sessions = keepSessions(() => browser);
const open = (options) => sessions.open(options);

before(async () => {
  assert.ok(existsSync(path.join(DIST, 'startklar.js')), `${DIST}/startklar.js missing: run bash scripts/build.sh`);
  [plain, strict, noWasm] = await Promise.all([
    serve({ root: DIST }),
    serve({ root: DIST, headers: { 'Content-Security-Policy': STRICT_CSP } }),
    serve({ root: DIST, headers: { 'Content-Security-Policy': NO_WASM_CSP } }),
  ]);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all([plain, strict, noWasm].map((server) => server?.close()));
});
afterEach((t) => sessions.closeAll(t));

const at = (server, p) => new URL(p, server.url).href;

// ---- 1. strict CSP ----

test('CSP: standalone page under the strict policy: a full quiz, zero violations, no console errors', async () => {
  const s = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  await watchViolations(s.context);
  await s.page.goto(at(strict, 'index.html?lang=de'));
  const w = s.page.locator('startklar-quiz');
  const { verdict } = await fullQuiz(w, 'de');
  assert.equal(verdict, expectedResult(TRAIN).verdict);
  await settle(s.page);
  assert.deepEqual(await violations(s.page), [], 'securitypolicyviolation events');
  s.assertNoErrors();
  // The policy was really in force: an inline script is refused and reported.
  await s.page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
  });
  await until(async () => (await violations(s.page)).length > 0, 'the control violation is recorded', 5_000);
  assert.equal(await s.page.evaluate(() => window.__inlineRan ?? false), false, 'inline script refused');
});

test('CSP: demo blog page under the strict policy: full quizzes in both widgets and the iframe, zero violations', async () => {
  const s = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  await watchViolations(s.context);
  await s.page.goto(at(strict, 'demo/blog.html'));
  await fullQuiz(s.page.locator('#quiz-de'), 'de');
  await fullQuiz(s.page.locator('#quiz-en'), 'en', ['no', ...Array(QUESTIONS - 1).fill('partly')]);
  const framed = s.page.frameLocator('iframe[data-startklar]').locator('startklar-quiz');
  await fullQuiz(framed, 'en');
  // The demo's auto-height script ran (external script, allowed by 'self').
  const height = await s.page.locator('iframe[data-startklar]').getAttribute('height');
  assert.notEqual(height, '600', 'the iframe was sized by its height messages');
  await settle(s.page);
  assert.equal(s.page.frames().length, 2, 'the page and its iframe');
  assert.deepEqual(await violations(s.page), [], 'securitypolicyviolation events');
  s.assertNoErrors();
});

/** Loads `pagePath` under the policy without 'wasm-unsafe-eval' and waits for the widget's error. */
async function loadWithoutWasm(pagePath) {
  const s = await open();
  await watchViolations(s.context);
  await s.page.goto(at(noWasm, pagePath));
  await until(() => s.consoleErrors.some((e) => e.includes('<startklar-quiz>')), 'the widget reports why it did not start');
  await settle(s.page);
  return s;
}

/** Text, shadow root and height of every <startklar-quiz> in `frame`. */
const fallbacks = (frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('startklar-quiz')].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.innerText.trim(), shadow: Boolean(el.shadowRoot), height: r.height };
    }),
  );

function assertFallbackShown(widgets) {
  assert.ok(widgets.length > 0);
  for (const w of widgets) {
    assert.equal(w.shadow, false, 'no shadow root: the fallback markup shows');
    assert.notEqual(w.text, '', `the element shows fallback content, not an empty box: ${JSON.stringify(widgets)}`);
    assert.ok(w.height > 20, `fallback visible (height ${w.height})`);
  }
}

test("CSP without 'wasm-unsafe-eval' (standalone page): the fallback stays, a console error, the page works", async () => {
  const s = await loadWithoutWasm('index.html?lang=de');
  assertFallbackShown(await fallbacks(s.page));
  const ours = s.consoleErrors.filter((e) => e.includes('<startklar-quiz>'));
  assert.equal(ours.length, 1, 'one console error for the one widget');
  assert.match(ours[0], /Content.Security.Policy/i, `the error names the cause: ${ours[0]}`);
  assert.match(ours[0], /'wasm-unsafe-eval'/, `the error names the narrow fix: ${ours[0]}`);
  assert.ok((await violations(s.page)).some((v) => v.directive === 'script-src'), 'the browser reported the blocked wasm');
  await assertHostWorks(s.page);
  assert.deepEqual(s.pageErrors, [], 'no uncaught errors');
});

test("CSP without 'wasm-unsafe-eval' (demo blog page): the iframe shows its fallback, one error per widget, the page works", async () => {
  const s = await loadWithoutWasm('demo/blog.html');
  await until(() => s.consoleErrors.filter((e) => e.includes('<startklar-quiz>')).length === 3, 'one error per widget (2 + iframe)');
  const frame = s.page.frames().find((f) => f !== s.page.mainFrame());
  assertFallbackShown(await fallbacks(frame));
  await assertHostWorks(s.page);
  assert.deepEqual(s.pageErrors, [], 'no uncaught errors');
});

test(
  "CSP without 'wasm-unsafe-eval' (demo blog page): the two elements show fallback content, not empty boxes",
  {},
  async () => {
    const s = await loadWithoutWasm('demo/blog.html');
    assertFallbackShown(await fallbacks(s.page));
  },
);

test(
  "CSP without 'wasm-unsafe-eval': the console error tells the author to allow 'wasm-unsafe-eval'",
  {},
  async () => {
    const s = await loadWithoutWasm('index.html?lang=de');
    const ours = s.consoleErrors.filter((e) => e.includes('<startklar-quiz>'));
    assert.match(ours[0], /'wasm-unsafe-eval'/, `the error names the directive to allow: ${ours[0]}`);
  },
);

test("CSP with img-src without blob:: the PNG download says it failed, the SVG still downloads, no page error", async () => {
  const csp = STRICT_CSP.replace(' blob:', '');
  const server = await serve({ root: DIST, headers: { 'Content-Security-Policy': csp } });
  try {
    const s = await open();
    await s.page.goto(at(server, 'index.html?lang=en'));
    const w = s.page.locator('startklar-quiz');
    await startIn(w, 'en');
    await answerIn(w, TRAIN, 'en');
    await resultVerdictIn(w, 'en');
    await buttonIn(w, ACTIONS.en.png).click();
    await visible(w.getByRole('status').filter({ hasText: 'The download did not work. Please try again.' }), 'the failure note');
    const svg = await download(s.page, () => buttonIn(w, ACTIONS.en.svg).click());
    assert.match(svg.name, /\.svg$/);
    // Only the browser's own report of the blocked image; nothing uncaught.
    assert.deepEqual(s.pageErrors, []);
    assert.ok(s.consoleErrors.every((e) => /violates the following Content Security Policy/.test(e)), JSON.stringify(s.consoleErrors));
  } finally {
    await server.close();
  }
});

// ---- 2. faults stay inside ----

test('fault: a panic in #quiz-de shows a friendly alert with start over; #quiz-en and the host page keep working', async () => {
  const s = await open();
  const { page } = s;
  await page.goto(at(plain, 'demo/blog.html'));
  const de = page.locator('#quiz-de');
  const en = page.locator('#quiz-en');
  await expectIntroIn(de, 'de');
  await expectIntroIn(en, 'en');
  await startIn(de, 'de');
  await answerIn(de, ['partly', 'yes'], 'de');
  await expectQuestionIn(de, 3, 'de');
  await startIn(en, 'en');

  const thrown = await page.evaluate(() => {
    try {
      document.querySelector('#quiz-de').simulateFault();
      return null;
    } catch (error) {
      return `${error?.name}: ${error?.message}`;
    }
  });
  assert.match(String(thrown), /RuntimeError/, 'the wasm trap reaches the caller as a RuntimeError');

  // The friendly message, in the widget's language, as an alert with a way to start over.
  const alert = de.getByRole('alert');
  await visible(alert, 'the fault message');
  assert.equal((await alert.innerText()).includes(ACTIONS.de.crashed), true, await alert.innerText());
  const restart = buttonIn(de, TEXT.de.restart);
  await visible(restart, 'the start-over button');
  assert.equal(await de.getByRole('radio').count(), 0, 'the broken quiz is gone');
  // The details are in the console for the author.
  assert.ok(
    s.consoleErrors.some((e) => e.includes('<startklar-quiz>: internal error') && e.includes('simulated fault')),
    `panic details in the console: ${JSON.stringify(s.consoleErrors)}`,
  );
  assert.deepEqual(s.pageErrors, [], 'nothing uncaught reached the page');

  // The other instance keeps working: it completes a question.
  await expectQuestionIn(en, 1, 'en');
  await answerIn(en, ['yes'], 'en');
  await expectQuestionIn(en, 2, 'en');
  // The host page keeps working.
  await assertHostWorks(page);
  // The iframe widget too.
  const framed = page.frameLocator('iframe[data-startklar]').locator('startklar-quiz');
  await startIn(framed, 'en');

  // Start over brings back a working quiz at the intro (not the stored question 3).
  await restart.click();
  await expectIntroIn(de, 'de');
  assert.equal(await de.getByRole('alert').count(), 0, 'the message is gone');
  await startIn(de, 'de');
  await answerIn(de, ['no'], 'de');
  await expectQuestionIn(de, 2, 'de');
  assert.equal(await de.evaluate((host) => host.shadowRoot.querySelectorAll('.sk').length), 1, 'one widget');
  await expectQuestionIn(en, 2, 'en');

  // A second fault, after the restart, is contained the same way.
  await page.evaluate(() => {
    try {
      document.querySelector('#quiz-de').simulateFault();
    } catch {}
  });
  await visible(de.getByRole('alert'), 'the fault message after a second fault');
  await radioIn(en, 'partly', 'en').check();
  await buttonIn(en, TEXT.en.next).click();
  await expectQuestionIn(en, 3, 'en');
  const errors = s.consoleErrors.filter((e) => !e.includes('<startklar-quiz>: internal error'));
  assert.deepEqual({ errors, page: s.pageErrors }, { errors: [], page: [] }, 'only the two panic reports');
});

// ---- 3. hostile values and markup ----

test('hostile attribute values: one warning each, shown escaped and shortened; the widgets work; nothing injected', async () => {
  const s = await open();
  const w = warnings(s);
  const longTheme = 'dark'.repeat(2_500); // 10 000 characters
  const hostile = '<img src=x onerror="window.__pwned=1;alert(1)">';
  await virtualPage(
    s.context,
    at(plain, 'demo/__hostile.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>
<script type="module" src="../startklar.js"></script></head><body>
<startklar-quiz id="a" lang="${hostile.replaceAll('"', '&quot;')}"></startklar-quiz>
<startklar-quiz id="b" theme="${longTheme}"></startklar-quiz>
<startklar-quiz id="c" persist="🙂"></startklar-quiz>
</body></html>`,
  );
  await s.page.goto(at(plain, 'demo/__hostile.html'));
  for (const id of ['a', 'b', 'c']) await expectIntroIn(s.page.locator(`#${id}`), 'en');
  await settle(s.page);
  const lang = w.matching(/invalid lang=/);
  const theme = w.matching(/invalid theme=/);
  const persist = w.matching(/invalid persist=/);
  assert.equal(lang.length, 1, `one lang warning: ${JSON.stringify(w.all)}`);
  assert.equal(theme.length, 1, `one theme warning: ${JSON.stringify(w.all)}`);
  assert.equal(persist.length, 1, `one persist warning: ${JSON.stringify(w.all)}`);
  assert.equal(w.all.length, 3, `no other warnings: ${JSON.stringify(w.all)}`);
  // Escaped (quoted, inner quotes escaped) and shortened to 40 characters.
  assert.ok(lang[0].startsWith('<startklar-quiz>: invalid lang="<img src=x onerror=\\"window.__pwned=1;'), lang[0]);
  assert.ok(lang[0].includes('…"; allowed values: "de", "en"'), lang[0]);
  assert.ok(theme[0].length < 300, `the 10 000-character value is shortened: ${theme[0].length} characters`);
  assert.ok(persist[0].includes('"🙂"'), persist[0]);
  // The defaults apply: the page's English, the automatic theme, session storage.
  for (const id of ['a', 'b', 'c']) await answerOne(s.page.locator(`#${id}`), 'en');
  const stored = await s.page.evaluate(() => Object.keys(sessionStorage).sort());
  assert.ok(stored.includes('startklar:/demo/__hostile.html:c'), `persist="🙂" falls back to session: ${stored}`);

  // The same values set at run time: one more warning each, the widgets keep their state.
  await s.page.evaluate(
    ([hostile, longTheme]) => {
      document.getElementById('a').setAttribute('lang', hostile + '!');
      document.getElementById('b').setAttribute('theme', longTheme + '!');
      document.getElementById('c').setAttribute('persist', '🙂🙂');
    },
    [hostile, longTheme],
  );
  await settle(s.page);
  assert.equal(w.matching(/invalid lang=/).length, 2);
  assert.equal(w.matching(/invalid theme=/).length, 2);
  assert.equal(w.matching(/invalid persist=/).length, 2);
  for (const id of ['a', 'b', 'c']) await expectQuestionIn(s.page.locator(`#${id}`), 2, 'en');
  await assertNothingInjected(s, plain);
  s.assertNoErrors();
});

test('markup in the URL is text: ?lang= and the share link field show it escaped, never as HTML', async () => {
  const s = await open();
  const w = warnings(s);
  // The whole dist served again under a folder named like markup.
  const folder = encodeURIComponent(MARKUP); // %3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E
  await s.context.route(
    (u) => u.pathname.startsWith(`/${folder}/`) || u.pathname.startsWith('/%3Cimg'),
    async (route) => {
      const u = new URL(route.request().url());
      u.pathname = u.pathname.replace(/^\/[^/]+\//, '/');
      route.fulfill({ response: await route.fetch({ url: u.href }) });
    },
  );
  const valid = 'yyyyyyyy0';
  await s.page.goto(
    `${plain.url}${folder}/index.html?lang=${encodeURIComponent(MARKUP)}&persist=off#r=${valid}`,
  );
  const scope = s.page.locator('startklar-quiz');
  // ?lang=<markup>: one warning, the browser's language (en-US here) applies.
  assert.equal(await resultVerdictIn(scope, 'en'), 'ready');
  const field = scope.getByRole('textbox', { name: ACTIONS.en.shareLinkLabel });
  const value = await field.inputValue();
  // The link names the widget's language, never the raw ?lang= of the page.
  assert.ok(value.endsWith(`/index.en.html?lang=en#r=${valid}`), value);
  assert.ok(!value.includes('<'), `the field shows the URL escaped: ${value}`);
  assert.ok(value.includes('%3Cimg'), value);
  assert.equal(await scope.evaluate((host) => host.shadowRoot.querySelector('.sk-share-link').outerHTML.includes('<img')), false);
  const langWarnings = w.matching(/invalid \?lang=/);
  assert.equal(langWarnings.length, 1, JSON.stringify(w.all));
  // Shown as the URL has it (percent-encoded), never decoded into markup.
  assert.ok(langWarnings[0].includes('"%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"'), langWarnings[0]);
  await assertNothingInjected(s, plain);
  s.assertNoErrors();
});

test(
  'an invalid ?lang= together with a share link warns once',
  async () => {
    const s = await open();
    const w = warnings(s);
    await s.page.goto(at(plain, 'index.html?lang=xx&persist=off#r=yyyyyyyy0'));
    await resultVerdictIn(s.page.locator('startklar-quiz'), 'en');
    await settle(s.page);
    assert.equal(w.matching(/invalid \?lang=/).length, 1, JSON.stringify(w.all));
  },
);
