// Never break the host page, part 2: bad input. Stored state and share
// codes that are corrupt, oversized, old or tampered; storage that is
// missing or throws; rapid insertion and removal; a thousand rapid clicks and
// key presses; the script loaded twice; twenty instances on one page. Runs on
// the build (dist/, or $STARTKLAR_DIST).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, hostPage } from './support/harness.mjs';
import { quiz, quizzes, TEXT, QUESTIONS, settle, visible, expectedResult, recordEvents, widgetCounts } from './support/driver.mjs';
import { checkDigit, storageKey } from './support/formats.mjs';
import {
  CSP_PATHS,
  STRICT_CSP,
  TRAIN,
  MARKUP,
  watchViolations,
  violations,
  expectIntroWithNote,
  assertNothingInjected,
} from './support/safety.mjs';

const h = useHarness({ paths: CSP_PATHS });

test('stored state that is corrupt, oversized, from another version or tampered: the intro, one warning, the value removed', async () => {
  const s = await h.open();
  const pagePath = '/demo/__stored.html';
  const url = await s.virtualPage(
    pagePath.slice(1),
    hostPage({
      title: 'stored',
      body: `<startklar-quiz id="s" lang="en"></startklar-quiz>
<startklar-quiz id="l" lang="en" persist="local"></startklar-quiz>`,
    }),
  );
  const [session, local] = quizzes(s.page, { s: 'en', l: 'en' });
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
  await s.page.goto(url);
  await session.intro();
  for (const [name, value] of Object.entries(cases)) {
    for (const id of ['s', 'l']) {
      const kind = id === 's' ? 'sessionStorage' : 'localStorage';
      await s.page.evaluate(([kind, key, value]) => window[kind].setItem(key, value), [kind, storageKey(pagePath, id), value]);
    }
    const w = s.log.since();
    await s.page.reload();
    for (const q of [session, local]) await q.intro();
    await settle(s.page);
    w.assertWarnings([/ignoring stored state/, 2]);
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
  await session.answerFirst();
  await s.page.evaluate((key) => localStorage.setItem(key, '1|q3|yyp-----|en|00000000'), storageKey(pagePath, 'l'));
  const w = s.log.since();
  await s.page.reload();
  await local.question(4);
  await session.question(2);
  assert.deepEqual(w.warnings, [], 'a valid stored value gives no warning');
  s.log.assertNoErrors();
});

test('share codes that are corrupt, oversized, from an old format or tampered: the intro with a note, one warning', async () => {
  const s = await h.open();
  const valid = 'yyppnyyy'; // check digit below
  const code = `${valid}${checkDigit(valid)}`;
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
    'tampered: check digit changed': `r=${valid}${(checkDigit(valid) + 1) % 10}`,
  };
  await s.context.addInitScript(() => {
    if (location.hash === '#huge') history.replaceState(null, '', `#r=${'y'.repeat(1 << 20)}`);
  });
  const q = quiz(s.page.locator('startklar-quiz'), 'en');
  for (const [name, fragment] of Object.entries(cases)) {
    const w = s.log.since();
    // A new query per case: a full load, not a jump within the page.
    await s.page.goto(h.url(`index.html?lang=en&persist=off&case=${encodeURIComponent(name)}#${fragment}`));
    await expectIntroWithNote(q, true);
    await settle(s.page);
    w.assertWarnings([/ignoring the share link/, 1]);
    await q.start();
  }
  // The control: the valid code shows its result, without a warning.
  const w = s.log.since();
  await s.page.goto('about:blank');
  await s.page.goto(h.url(`index.html?lang=en&persist=off#r=${code}`));
  assert.equal((await q.result()).verdict, 'train');
  assert.deepEqual(w.warnings, []);
  await assertNothingInjected(s, h.server);
  s.log.assertNoErrors();
});

const STORAGE_PAGE = hostPage({
  title: 'storage',
  body: `<startklar-quiz id="s" lang="en"></startklar-quiz>
<startklar-quiz id="l" lang="de" persist="local"></startklar-quiz>`,
});

test('storage throwing or missing: one warning per widget, the quiz completes', async () => {
  const s = await h.open();
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
  await s.page.goto(await s.virtualPage('demo/__storage.html', STORAGE_PAGE));
  for (const q of quizzes(s.page, { s: 'en', l: 'de' })) assert.equal((await q.run(TRAIN)).verdict, 'train');
  await settle(s.page);
  s.log.assertWarnings([/storage is blocked/, 1], [/could not write storage/, 1]);
  s.log.assertNoErrors();

  // Storage missing altogether (a browser without it): one warning each, the quiz runs.
  const m = await h.open();
  await m.context.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) Object.defineProperty(window, name, { get: () => null });
  });
  await m.page.goto(await m.virtualPage('demo/__storage.html', STORAGE_PAGE));
  const both = quizzes(m.page, { s: 'en', l: 'de' });
  for (const q of both) await q.answerFirst();
  await m.page.reload();
  // Nothing was kept, so both start afresh.
  for (const q of both) await q.intro();
  await settle(m.page);
  m.log.assertWarnings([/storage is not available/, 4]); // one per widget and load
  m.log.assertNoErrors();
});

test('an element inserted, removed and re-inserted 100 times (0–1 frames apart) ends as one working widget', async () => {
  const s = await h.open();
  const { page } = s;
  const requestsBefore = h.server.requests.length;
  await page.goto(h.url('demo/plain.html'));
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
  const de = quiz(page.locator('#quiz-de'), 'de');
  await de.intro();
  await settle(page);
  assert.deepEqual(await widgetCounts(page), [1], 'one element with one widget');
  await de.answerFirst();
  // Removed widgets hand their wasm instance on: 100 insertions need only a few.
  const instances = h.server.requests.slice(requestsBefore).filter((r) => r.startsWith('/startklar-app.js')).length;
  assert.ok(instances <= 3, `${instances} wasm instances for one element`);
  s.log.assertNoErrors();
});

test('a thousand rapid clicks and key presses never skip a question nor record an answer twice', async () => {
  const s = await h.open();
  const { page } = s;
  await page.goto(h.url('demo/plain.html'));
  const w = quiz(page.locator('#quiz-de'), 'de');
  await w.intro();
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

  await burst(w.button(t.start), 30);
  await w.question(1);
  const chosen = [];
  for (let n = 1; n <= QUESTIONS; n++) {
    await w.question(n);
    // Mouse: 60 fast clicks over the three answers.
    const boxes = [];
    for (const a of ['yes', 'partly', 'no']) boxes.push(await w.radio(a).boundingBox());
    for (let i = 0; i < 60; i++) {
      const b = boxes[i % 3];
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    }
    actions += 60;
    // Keyboard on the radios: arrows and Space (Enter on a radio would go on).
    await w.radio('yes').focus();
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'Space']) await press(key, 4);
    const answer = ['yes', 'partly', 'no'][n % 3];
    await w.radio(answer).check();
    actions += 1;
    chosen.push(answer);
    const next = w.button(n === QUESTIONS ? t.finish : t.next);
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
      await w.question(n + 1);
      // The new question has no answer yet: its own Next only asks for one.
      await w.button(t.next).focus();
      await press('Enter', 10);
    }
    if (n < QUESTIONS) {
      await w.question(n + 1);
    }
  }
  assert.equal((await w.result()).verdict, expectedResult(chosen).verdict);
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
  s.log.assertNoErrors();
});

test('the script loaded three times (three URLs, under the strict CSP): one definition, the widget works', async () => {
  const s = await h.open();
  await watchViolations(s.context);
  const pageUrl = await s.virtualPage(
    'strict/demo/__twice.html',
    hostPage({
      title: 'twice',
      head: `
<script type="module" src="../startklar.js?again"></script>
<script type="module" async src="../startklar.js?third"></script>
`,
      body: '<startklar-quiz id="q" lang="de"></startklar-quiz>',
    }),
    { 'Content-Security-Policy': STRICT_CSP },
  );
  await s.page.goto(pageUrl);
  const q = quiz(s.page.locator('#q'), 'de');
  await q.intro();
  await q.answerFirst();
  for (const copy of ['/strict/startklar.js?again', '/strict/startklar.js?third']) {
    assert.ok(h.server.requests.includes(copy), `${copy} was loaded`);
  }
  assert.equal(await q.scope.evaluate((host) => host.shadowRoot.querySelectorAll('.sk').length), 1, 'one widget');
  assert.deepEqual(await violations(s.page), []);
  s.log.assertNoErrors();
});

test('twenty instances on one page all work and the page stays responsive', async (t) => {
  const s = await h.open({ viewport: { width: 1200, height: 900 } });
  const { page } = s;
  await s.context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const langs = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'en' : 'de'));
  const url = await s.virtualPage(
    'demo/__twenty.html',
    hostPage({
      title: 'twenty',
      body: `<button id="host">Host button</button>
${langs.map((lang, i) => `<startklar-quiz id="q${i}" lang="${lang}" persist="off"></startklar-quiz>`).join('\n')}`,
    }),
  );
  const all = langs.map((lang, i) => quiz(page.locator(`#q${i}`), lang));
  const start = Date.now();
  await page.goto(url);
  for (const q of all) await q.intro(30_000);
  const loaded = Date.now() - start;
  for (const q of all) await q.answerFirst();
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
  assert.deepEqual(await widgetCounts(page), Array(20).fill(1));
  s.log.assertNoErrors();
});

