// Never break the host page, part 1: a strict Content Security Policy,
// faults that stay inside one widget, and hostile attribute values and
// markup that stay text. Runs on the build (dist/, or $STARTKLAR_DIST).
// Part 2, bad input of every other kind, is in bad-input.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useHarness, hostPage } from './support/harness.mjs';
import { DIST } from './support/server.mjs';
import { quiz, atIntro, TEXT, QUESTIONS, settle, visible, until, expectedResult } from './support/driver.mjs';
import { FAULT_BUILD, FAULT_FILES, injectFault, useFaultBuild } from './support/faults.mjs';
import {
  CSP_PATHS,
  TRAIN,
  MARKUP,
  watchViolations,
  violations,
  fullQuiz,
  fullQuizzesOnBlog,
  assertNothingInjected,
  assertHostWorks,
  fallbacks,
} from './support/safety.mjs';

const h = useHarness({ paths: CSP_PATHS });
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

// ---- 1. strict CSP ----

test('CSP: standalone page under the strict policy: a full quiz, zero violations, no console errors', async () => {
  const s = await h.open(CLIPBOARD);
  await watchViolations(s.context);
  await s.page.goto(h.url('strict/index.html?lang=de'));
  const { verdict } = await fullQuiz(quiz(s.page.locator('startklar-quiz'), 'de'));
  assert.equal(verdict, expectedResult(TRAIN).verdict);
  await settle(s.page);
  assert.deepEqual(await violations(s.page), [], 'securitypolicyviolation events');
  s.log.assertNoErrors();
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
  const s = await h.open(CLIPBOARD);
  await watchViolations(s.context);
  await s.page.goto(h.url('strict/demo/blog.html'));
  await fullQuizzesOnBlog(s.page, ['no', ...Array(QUESTIONS - 1).fill('partly')]);
  // The demo's auto-height script ran (external script, allowed by 'self').
  const height = await s.page.locator('iframe[data-startklar]').getAttribute('height');
  assert.notEqual(height, '600', 'the iframe was sized by its height messages');
  await settle(s.page);
  assert.equal(s.page.frames().length, 2, 'the page and its iframe');
  assert.deepEqual(await violations(s.page), [], 'securitypolicyviolation events');
  s.log.assertNoErrors();
});

/** The console errors of the widgets themselves. */
const widgetErrors = (s) => s.log.errorsMatching(/<startklar-quiz>/);

/** Loads `pagePath` under the policy without 'wasm-unsafe-eval' and waits for the widget's error. */
async function loadWithoutWasm(pagePath) {
  const s = await h.open();
  await watchViolations(s.context);
  await s.page.goto(h.url(`no-wasm/${pagePath}`));
  await until(() => widgetErrors(s).length > 0, 'the widget reports why it did not start');
  await settle(s.page);
  return s;
}

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
  const ours = widgetErrors(s);
  assert.equal(ours.length, 1, 'one console error for the one widget');
  assert.match(ours[0], /Content.Security.Policy/i, `the error names the cause: ${ours[0]}`);
  assert.match(ours[0], /'wasm-unsafe-eval'/, `the error names the narrow fix: ${ours[0]}`);
  assert.ok((await violations(s.page)).some((v) => v.directive === 'script-src'), 'the browser reported the blocked wasm');
  await assertHostWorks(s.page);
  assert.deepEqual(s.log.pageErrors, [], 'no uncaught errors');
});

test("CSP without 'wasm-unsafe-eval' (demo blog page): the iframe shows its fallback, one error per widget, the page works", async () => {
  const s = await loadWithoutWasm('demo/blog.html');
  await until(() => widgetErrors(s).length === 3, 'one error per widget (2 + iframe)');
  const frame = s.page.frames().find((f) => f !== s.page.mainFrame());
  assertFallbackShown(await fallbacks(frame));
  await assertHostWorks(s.page);
  assert.deepEqual(s.log.pageErrors, [], 'no uncaught errors');
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
    const ours = widgetErrors(s);
    assert.match(ours[0], /'wasm-unsafe-eval'/, `the error names the directive to allow: ${ours[0]}`);
  },
);

test("CSP with img-src without blob:: the PNG download says it failed, the SVG still downloads, no page error", async () => {
  const s = await h.visit('no-blob/index.html?lang=en');
  const q = quiz(s.page.locator('startklar-quiz'), 'en');
  await q.run(TRAIN);
  await q.button(q.t.png).click();
  await visible(q.status(q.t.downloadFailed), 'the failure note');
  assert.equal(q.t.downloadFailed, 'The download did not work. Please try again.');
  const svg = await q.download(q.t.svg);
  assert.match(svg.name, /\.svg$/);
  // Only the browser's own report of the blocked image; nothing uncaught.
  assert.deepEqual(s.log.pageErrors, []);
  assert.ok(s.log.errors.every((e) => /violates the following Content Security Policy/.test(e)), JSON.stringify(s.log.errors));
});

// ---- 2. faults stay inside ----

test('no test hooks ship: dist/ has no simulateFault, only the fault-injection test build does', () => {
  const hooks = /simulateFault|simulate_fault|simulated fault/;
  for (const file of ['startklar.js', ...FAULT_FILES]) {
    const text = readFileSync(path.join(DIST, file)).toString('latin1');
    assert.doesNotMatch(text, hooks, `dist/${file}`);
  }
  // The check can fail: the test build's wasm does hold the hook.
  if (existsSync(path.join(FAULT_BUILD, FAULT_FILES[1]))) {
    assert.match(readFileSync(path.join(FAULT_BUILD, FAULT_FILES[1])).toString('latin1'), hooks);
  }
});

test('fault: a panic in #quiz-de shows a friendly alert with start over; #quiz-en and the host page keep working', async () => {
  const s = await h.open();
  const { page } = s;
  await useFaultBuild(page);
  await page.goto(h.url('demo/blog.html'));
  const [de, en] = await atIntro(page, { 'quiz-de': 'de', 'quiz-en': 'en' });
  await de.start();
  await de.answer(['partly', 'yes']);
  await de.question(3);
  await en.start();

  const thrown = await injectFault(de.scope);
  assert.match(String(thrown), /RuntimeError/, 'the wasm trap reaches the caller as a RuntimeError');

  // The friendly message, in the widget's language, as an alert with a way to start over.
  await visible(de.alert(), 'the fault message');
  assert.equal((await de.alert().innerText()).includes(TEXT.de.crashed), true, await de.alert().innerText());
  const restart = de.button(TEXT.de.restart);
  await visible(restart, 'the start-over button');
  assert.equal(await de.scope.getByRole('radio').count(), 0, 'the broken quiz is gone');
  // The details are in the console for the author.
  assert.ok(
    s.log.errors.some((e) => e.includes('<startklar-quiz>: internal error') && e.includes('simulated fault')),
    `panic details in the console: ${JSON.stringify(s.log.errors)}`,
  );
  assert.deepEqual(s.log.pageErrors, [], 'nothing uncaught reached the page');

  // The other instance keeps working: it completes a question.
  await en.question(1);
  await en.answer(['yes']);
  await en.question(2);
  // The host page keeps working.
  await assertHostWorks(page);
  // The iframe widget too.
  await quiz(page.frameLocator('iframe[data-startklar]').locator('startklar-quiz'), 'en').start();

  // Start over brings back a working quiz at the intro (not the stored question 3).
  await restart.click();
  await de.intro();
  assert.equal(await de.alert().count(), 0, 'the message is gone');
  await de.start();
  await de.answer(['no']);
  await de.question(2);
  assert.equal(await de.scope.evaluate((host) => host.shadowRoot.querySelectorAll('.sk').length), 1, 'one widget');
  await en.question(2);

  // A second fault, after the restart, is contained the same way.
  await injectFault(de.scope);
  await visible(de.alert(), 'the fault message after a second fault');
  await en.choose('partly');
  await en.button(TEXT.en.next).click();
  await en.question(3);
  const errors = s.log.errors.filter((e) => !e.includes('<startklar-quiz>: internal error'));
  assert.deepEqual({ errors, page: s.log.pageErrors }, { errors: [], page: [] }, 'only the two panic reports');
});

// ---- 3. hostile values and markup ----

test('hostile attribute values: one warning each, shown escaped and shortened; the widgets work; nothing injected', async () => {
  const s = await h.open();
  const longTheme = 'dark'.repeat(2_500); // 10 000 characters
  const hostile = '<img src=x onerror="window.__pwned=1;alert(1)">';
  const url = await s.virtualPage(
    'demo/__hostile.html',
    hostPage({
      title: 'hostile',
      body: `<startklar-quiz id="a" lang="${hostile.replaceAll('"', '&quot;')}"></startklar-quiz>
<startklar-quiz id="b" theme="${longTheme}"></startklar-quiz>
<startklar-quiz id="c" persist="🙂"></startklar-quiz>`,
    }),
  );
  await s.page.goto(url);
  const widgets = await atIntro(s.page, { a: 'en', b: 'en', c: 'en' });
  await settle(s.page);
  const [lang, theme, persist] = s.log.assertWarnings([/invalid lang=/, 1], [/invalid theme=/, 1], [/invalid persist=/, 1]);
  // Escaped (quoted, inner quotes escaped) and shortened to 40 characters.
  assert.ok(lang[0].startsWith('<startklar-quiz>: invalid lang="<img src=x onerror=\\"window.__pwned=1;'), lang[0]);
  assert.ok(lang[0].includes('…"; allowed values: "de", "en"'), lang[0]);
  assert.ok(theme[0].length < 300, `the 10 000-character value is shortened: ${theme[0].length} characters`);
  assert.ok(persist[0].includes('"🙂"'), persist[0]);
  // The defaults apply: the page's English, the automatic theme, session storage.
  for (const q of widgets) await q.answerFirst();
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
  assert.equal(s.log.warningsMatching(/invalid lang=/).length, 2);
  assert.equal(s.log.warningsMatching(/invalid theme=/).length, 2);
  assert.equal(s.log.warningsMatching(/invalid persist=/).length, 2);
  for (const q of widgets) await q.question(2);
  await assertNothingInjected(s, h.server);
  s.log.assertNoErrors();
});

test('markup in the URL is text: ?lang= and the share link field show it escaped, never as HTML', async () => {
  const s = await h.open();
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
  await s.page.goto(`${h.server.url}${folder}/index.html?lang=${encodeURIComponent(MARKUP)}&persist=off#r=${valid}`);
  // ?lang=<markup>: one warning, the browser's language (en-US here) applies.
  const q = quiz(s.page.locator('startklar-quiz'), 'en');
  assert.equal((await q.result()).verdict, 'ready');
  const value = await q.textbox(q.t.shareLinkLabel).inputValue();
  // The link names the widget's language, never the raw ?lang= of the page.
  assert.ok(value.endsWith(`/index.en.html?lang=en#r=${valid}`), value);
  assert.ok(!value.includes('<'), `the field shows the URL escaped: ${value}`);
  assert.ok(value.includes('%3Cimg'), value);
  assert.equal(await q.scope.evaluate((host) => host.shadowRoot.querySelector('.sk-share-link').outerHTML.includes('<img')), false);
  const langWarnings = s.log.warningsMatching(/invalid \?lang=/);
  assert.equal(langWarnings.length, 1, JSON.stringify(s.log.warnings));
  // Shown as the URL has it (percent-encoded), never decoded into markup.
  assert.ok(langWarnings[0].includes('"%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"'), langWarnings[0]);
  await assertNothingInjected(s, h.server);
  s.log.assertNoErrors();
});

test(
  'an invalid ?lang= together with a share link warns once',
  async () => {
    const s = await h.visit('index.html?lang=xx&persist=off#r=yyyyyyyy0');
    await quiz(s.page.locator('startklar-quiz'), 'en').result();
    await settle(s.page);
    assert.equal(s.log.warningsMatching(/invalid \?lang=/).length, 1, JSON.stringify(s.log.warnings));
  },
);
