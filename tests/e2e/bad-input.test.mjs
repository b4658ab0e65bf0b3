// Never break the host page, part 2: bad input. Stored state and
// share codes that are corrupt, oversized, old or tampered; storage that is
// missing or throws; rapid insertion and removal; a thousand rapid clicks and
// key presses; the script loaded twice; twenty instances on one page. Runs on
// the built dist/ (bash scripts/build.sh) or $STARTKLAR_DIST.
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
  recordEvents,
  virtualPage,
} from './support/embed.mjs';
import {
  STRICT_CSP,
  TRAIN,
  MARKUP,
  watchViolations,
  violations,
  expectIntroWithNote,
  keepSessions,
  warnings,
  answerOne,
  assertNothingInjected,
  storageKey,
} from './support/safety.mjs';

let plain, strict, browser;
const sessions = keepSessions(() => browser);
const open = (options) => sessions.open(options);

before(async () => {
  assert.ok(existsSync(path.join(DIST, 'startklar.js')), `${DIST}/startklar.js missing: run bash scripts/build.sh`);
  [plain, strict] = await Promise.all([
    serve({ root: DIST }),
    serve({ root: DIST, headers: { 'Content-Security-Policy': STRICT_CSP } }),
  ]);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all([plain, strict].map((server) => server?.close()));
});
afterEach((t) => sessions.closeAll(t));

const at = (server, p) => new URL(p, server.url).href;

test('stored state that is corrupt, oversized, from another version or tampered: the intro, one warning, the value removed', async () => {
  const s = await open();
  const pagePath = '/demo/__stored.html';
  await virtualPage(
    s.context,
    at(plain, pagePath.slice(1)),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>stored</title>
<script type="module" src="../startklar.js"></script></head><body>
<startklar-quiz id="s" lang="en"></startklar-quiz>
<startklar-quiz id="l" lang="en" persist="local"></startklar-quiz>
</body></html>`,
  );
  const cases = {
    'corrupt: noise': 'garbage',
    'corrupt: control characters': '\u0000\u0001\uffff|||',
    'corrupt: bad answer': '1|q3|yyx-----|en|00000000',
    'corrupt: step out of range': '1|q9|yyyyyyyy|en|00000000',
    'corrupt: short ticked': '1|r|yyyyyyyy|en|0000000',
    'corrupt: extra field': '1|i|--------|en|00000000|x',
    'corrupt: markup': MARKUP,
    'oversized: 1 MB': `1|q3|yyp-----|en|00000000${'0'.repeat(1 << 20)}`,
    'old version 0': '0|q3|yyp-----|en|00000000',
    'newer version 2': '2|q3|yyp-----|en|00000000',
    'unversioned JSON': '{"step":3,"answers":["yes","yes","partly"]}',
    'tampered: result without answers': '1|r|yyp-----|en|00000000',
    'tampered: step ahead of answers': '1|q6|yy------|en|00000000',
  };
  await s.page.goto(at(plain, pagePath.slice(1)));
  await expectIntroIn(s.page.locator('#s'), 'en');
  for (const [name, value] of Object.entries(cases)) {
    for (const id of ['s', 'l']) {
      const kind = id === 's' ? 'sessionStorage' : 'localStorage';
      await s.page.evaluate(([kind, key, value]) => window[kind].setItem(key, value), [kind, storageKey(pagePath, id), value]);
    }
    const w = warnings(s);
    await s.page.reload();
    for (const id of ['s', 'l']) {
      const scope = s.page.locator(`#${id}`);
      await expectIntroIn(scope, 'en');
    }
    await settle(s.page);
    assert.equal(w.matching(/ignoring stored state/).length, 2, `${name}: one warning per widget: ${JSON.stringify(w.all)}`);
    assert.equal(w.all.length, 2, `${name}: no other warning: ${JSON.stringify(w.all)}`);
    assert.deepEqual(
      await s.page.evaluate((keys) => [sessionStorage.getItem(keys[0]), localStorage.getItem(keys[1])], [
        storageKey(pagePath, 's'),
        storageKey(pagePath, 'l'),
      ]),
      [null, null],
      `${name}: the bad value is removed`,
    );
  }
  // The quiz works after all that, and a valid value still resumes (the control).
  await answerOne(s.page.locator('#s'), 'en');
  await s.page.evaluate((key) => localStorage.setItem(key, '1|q3|yyp-----|en|00000000'), storageKey(pagePath, 'l'));
  const w = warnings(s);
  await s.page.reload();
  await expectQuestionIn(s.page.locator('#l'), 4, 'en');
  await expectQuestionIn(s.page.locator('#s'), 2, 'en');
  assert.deepEqual(w.all, [], 'a valid stored value gives no warning');
  s.assertNoErrors();
});

test('share codes that are corrupt, oversized, from an old format or tampered: the intro with a note, one warning', async () => {
  const s = await open();
  const valid = 'yyppnyyy'; // check digit below
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const digit = (code) => [...code].reduce((sum, c, i) => sum + { y: 0, p: 1, n: 2 }[c] * weights[i], 0) % 10;
  const code = `${valid}${digit(valid)}`;
  const cases = {
    'corrupt: too short': 'r=yyyy',
    'corrupt: empty': 'r=',
    'corrupt: letters': 'r=abcdefghi',
    'corrupt: markup': `r=${MARKUP}`,
    'corrupt: non-ASCII': 'r=yyyyyyyy\u00e4',
    // Put in by the init script below: a 1 MB URL does not go through page.goto.
    'oversized: 1 MB': 'huge',
    'old format: no check digit': `r=${valid}`,
    'tampered: one answer changed': `r=n${code.slice(1)}`,
    'tampered: check digit changed': `r=${valid}${(digit(valid) + 1) % 10}`,
  };
  await s.context.addInitScript(() => {
    if (location.hash === '#huge') history.replaceState(null, '', `#r=${'y'.repeat(1 << 20)}`);
  });
  for (const [name, fragment] of Object.entries(cases)) {
    const w = warnings(s);
    // A new query per case: a full load, not a jump within the page.
    await s.page.goto(at(plain, `index.html?lang=en&persist=off&case=${encodeURIComponent(name)}#${fragment}`));
    const scope = s.page.locator('startklar-quiz');
    await expectIntroWithNote(scope, 'en', true);
    await settle(s.page);
    assert.equal(w.matching(/ignoring the share link/).length, 1, `${name}: one warning: ${JSON.stringify(w.all)}`);
    assert.equal(w.all.length, 1, `${name}: no other warning: ${JSON.stringify(w.all)}`);
    await startIn(scope, 'en');
  }
  // The control: the valid code shows its result, without a warning.
  const w = warnings(s);
  await s.page.goto('about:blank');
  await s.page.goto(at(plain, `index.html?lang=en&persist=off#r=${code}`));
  assert.equal(await resultVerdictIn(s.page.locator('startklar-quiz'), 'en'), 'train');
  assert.deepEqual(w.all, []);
  await assertNothingInjected(s, plain);
  s.assertNoErrors();
});

test('storage throwing or missing: one warning per widget, the quiz completes', async () => {
  const s = await open();
  await s.context.addInitScript(() => {
    Object.defineProperty(window, 'sessionStorage', {
      get() {
        throw new DOMException('The user denied storage.', 'SecurityError');
      },
    });
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (this === window.localStorage) throw new DOMException('Quota exceeded.', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  const w = warnings(s);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>storage</title>
<script type="module" src="../startklar.js"></script></head><body>
<startklar-quiz id="s" lang="en"></startklar-quiz>
<startklar-quiz id="l" lang="de" persist="local"></startklar-quiz>
</body></html>`;
  await virtualPage(s.context, at(plain, 'demo/__storage.html'), html);
  await s.page.goto(at(plain, 'demo/__storage.html'));
  await startIn(s.page.locator('#s'), 'en');
  await answerIn(s.page.locator('#s'), TRAIN, 'en');
  assert.equal(await resultVerdictIn(s.page.locator('#s'), 'en'), 'train');
  await startIn(s.page.locator('#l'), 'de');
  await answerIn(s.page.locator('#l'), TRAIN, 'de');
  assert.equal(await resultVerdictIn(s.page.locator('#l'), 'de'), 'train');
  await settle(s.page);
  assert.equal(w.matching(/storage is blocked/).length, 1, JSON.stringify(w.all));
  assert.equal(w.matching(/could not write storage/).length, 1, JSON.stringify(w.all));
  assert.equal(w.all.length, 2, JSON.stringify(w.all));
  s.assertNoErrors();

  // Storage missing altogether (a browser without it): one warning each, the quiz runs.
  const m = await open();
  await m.context.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) Object.defineProperty(window, name, { get: () => null });
  });
  const wm = warnings(m);
  await virtualPage(m.context, at(plain, 'demo/__storage.html'), html);
  await m.page.goto(at(plain, 'demo/__storage.html'));
  await answerOne(m.page.locator('#s'), 'en');
  await answerOne(m.page.locator('#l'), 'de');
  await m.page.reload();
  // Nothing was kept, so both start afresh.
  await expectIntroIn(m.page.locator('#s'), 'en');
  await expectIntroIn(m.page.locator('#l'), 'de');
  await settle(m.page);
  assert.equal(wm.matching(/storage is not available/).length, 4, `one per widget and load: ${JSON.stringify(wm.all)}`);
  assert.equal(wm.all.length, 4, JSON.stringify(wm.all));
  m.assertNoErrors();
});

test('an element inserted, removed and re-inserted 100 times (0–1 frames apart) ends as one working widget', async () => {
  const s = await open();
  const { page } = s;
  const requestsBefore = plain.requests.length;
  await page.goto(at(plain, 'demo/plain.html'));
  // The first rounds run while the wasm is still loading, the rest after.
  await page.evaluate(async () => {
    await customElements.whenDefined('startklar-quiz');
    const el = document.getElementById('quiz-de');
    const pause = (i) =>
      new Promise((resolve) => {
        switch (i % 4) {
          case 0:
            return resolve(); // no pause
          case 1:
            return queueMicrotask(resolve);
          case 2:
            return setTimeout(resolve, 0);
          default:
            return requestAnimationFrame(() => resolve());
        }
      });
    for (let i = 0; i < 100; i++) {
      el.remove();
      await pause(i);
      document.body.append(el);
      await pause(i + 1);
      if (i % 10 === 0) {
        // Also in one task: out, in, out, in.
        el.remove();
        document.body.append(el);
      }
    }
  });
  const de = page.locator('#quiz-de');
  await expectIntroIn(de, 'de');
  await settle(page);
  assert.deepEqual(
    await page.evaluate(() =>
      [...document.querySelectorAll('startklar-quiz')].map((el) => el.shadowRoot?.querySelectorAll('.sk').length ?? 0),
    ),
    [1],
    'one element with one widget',
  );
  await answerOne(de, 'de');
  // Removed widgets hand their wasm instance on: 100 insertions need only a few.
  const instances = plain.requests.slice(requestsBefore).filter((r) => r.startsWith('/startklar-app.js')).length;
  assert.ok(instances <= 3, `${instances} wasm instances for one element`);
  s.assertNoErrors();
});

test('a thousand rapid clicks and key presses never skip a question nor record an answer twice', async () => {
  const s = await open();
  const { page } = s;
  await page.goto(at(plain, 'demo/plain.html'));
  const w = page.locator('#quiz-de');
  await expectIntroIn(w, 'de');
  const events = await recordEvents(page);
  const t = TEXT.de;
  let actions = 0;
  // Clicks on one element, in one task and spread over tasks and frames;
  // the element may be replaced on the way (then the clicks hit a stale one).
  const burst = async (locator, count) => {
    await locator.evaluate(async (el, count) => {
      for (let i = 0; i < count; i++) {
        el.click();
        if (i % 10 === 9) await new Promise((r) => (i % 20 === 19 ? requestAnimationFrame(r) : setTimeout(r, 0)));
      }
    }, count);
    actions += count;
  };
  const press = async (key, count) => {
    for (let i = 0; i < count; i++) await page.keyboard.press(key);
    actions += count;
  };

  await burst(buttonIn(w, t.start), 30);
  await expectQuestionIn(w, 1, 'de');
  const chosen = [];
  for (let n = 1; n <= QUESTIONS; n++) {
    await expectQuestionIn(w, n, 'de');
    // Mouse: 60 fast clicks over the three answers.
    const boxes = [];
    for (const a of ['yes', 'partly', 'no']) boxes.push(await radioIn(w, a, 'de').boundingBox());
    for (let i = 0; i < 60; i++) {
      const b = boxes[i % 3];
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    }
    actions += 60;
    // Keyboard on the radios: arrows and Space (Enter on a radio would go on).
    await radioIn(w, 'yes', 'de').focus();
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'Space']) await press(key, 4);
    const answer = ['yes', 'partly', 'no'][n % 3];
    await radioIn(w, answer, 'de').check();
    actions += 1;
    chosen.push(answer);
    const next = buttonIn(w, n === QUESTIONS ? t.finish : t.next);
    if (n % 2 === 1 || n === QUESTIONS) {
      // 50 clicks on the same button, then Enter presses wherever focus went.
      await burst(next, 50);
      await press('Enter', 10);
    } else {
      // Mouse: 10 fast clicks where the button is, then Enter on it 10 times.
      const b = await next.boundingBox();
      for (let i = 0; i < 10; i++) await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      actions += 10;
      await settle(page);
      await expectQuestionIn(w, n + 1, 'de');
      // The new question has no answer yet: its own Next only asks for one.
      await buttonIn(w, t.next).focus();
      await press('Enter', 10);
    }
    if (n < QUESTIONS) {
      await expectQuestionIn(w, n + 1, 'de');
    }
  }
  assert.equal(await resultVerdictIn(w, 'de'), expectedResult(chosen).verdict);
  await settle(page);
  assert.ok(actions >= 1000, `${actions} clicks and key presses`);
  const recorded = await events();
  const answered = recorded.filter((e) => e.type === 'startklar-answer').map((e) => [e.detail.question, e.detail.answer]);
  assert.deepEqual(
    answered,
    chosen.map((a, i) => [i + 1, a]),
    'exactly one startklar-answer per question, in order, with the final choice',
  );
  const completed = recorded.filter((e) => e.type === 'startklar-complete');
  assert.equal(completed.length, 1, 'one startklar-complete');
  assert.deepEqual(completed[0].detail.answers, chosen);
  s.assertNoErrors();
});

test('the script loaded three times (three URLs, under the strict CSP): one definition, the widget works', async () => {
  const s = await open();
  await watchViolations(s.context);
  const pageUrl = at(strict, 'demo/__twice.html');
  await s.context.route(pageUrl, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': STRICT_CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>twice</title>
<script type="module" src="../startklar.js"></script>
<script type="module" src="../startklar.js?again"></script>
<script type="module" async src="../startklar.js?third"></script>
</head><body><startklar-quiz id="q" lang="de"></startklar-quiz></body></html>`,
    }),
  );
  await s.page.goto(pageUrl);
  const q = s.page.locator('#q');
  await expectIntroIn(q, 'de');
  await answerOne(q, 'de');
  for (const copy of ['/startklar.js?again', '/startklar.js?third']) {
    assert.ok(strict.requests.includes(copy), `${copy} was loaded`);
  }
  assert.equal(await q.evaluate((host) => host.shadowRoot.querySelectorAll('.sk').length), 1, 'one widget');
  assert.deepEqual(await violations(s.page), []);
  s.assertNoErrors();
});

test('twenty instances on one page all work and the page stays responsive', async (t) => {
  const s = await open({ viewport: { width: 1200, height: 900 } });
  const { page } = s;
  await s.context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const langs = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'en' : 'de'));
  await virtualPage(
    s.context,
    at(plain, 'demo/__twenty.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>twenty</title>
<script type="module" src="../startklar.js"></script></head><body>
<button id="host">Host button</button>
${langs.map((lang, i) => `<startklar-quiz id="q${i}" lang="${lang}" persist="off"></startklar-quiz>`).join('\n')}
</body></html>`,
  );
  const start = Date.now();
  await page.goto(at(plain, 'demo/__twenty.html'));
  for (const [i, lang] of langs.entries()) await expectIntroIn(page.locator(`#q${i}`), lang, 30_000);
  const loaded = Date.now() - start;
  for (const [i, lang] of langs.entries()) await answerOne(page.locator(`#q${i}`), lang);
  // Responsive: a host handler runs and a timer fires promptly.
  await page.evaluate(() => {
    const b = document.getElementById('host');
    b.addEventListener('click', () => (b.textContent = 'Host clicked'));
  });
  await page.getByRole('button', { name: 'Host button' }).click();
  await visible(page.getByRole('button', { name: 'Host clicked' }), 'the host handler ran');
  const delay = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        setTimeout(() => resolve(performance.now() - t0), 0);
      }),
  );
  const longTasks = await page.evaluate(() => window.__longTasks.slice());
  const longest = Math.max(0, ...longTasks);
  t.diagnostic(`twenty widgets shown after ${loaded} ms; timer delay ${Math.round(delay)} ms; longest task ${Math.round(longest)} ms`);
  assert.ok(delay < 100, `a timer fired after ${delay} ms`);
  assert.ok(longest < 1000, `longest task ${longest} ms (all: ${JSON.stringify(longTasks.map(Math.round))})`);
  assert.ok(loaded < 20_000, `twenty widgets took ${loaded} ms to show`);
  assert.deepEqual(
    await page.evaluate(() => [...document.querySelectorAll('startklar-quiz')].map((el) => el.shadowRoot.querySelectorAll('.sk').length)),
    Array(20).fill(1),
  );
  s.assertNoErrors();
});

