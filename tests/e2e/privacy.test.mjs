// Privacy, proven: during full quizzes on the demo blog page the browser
// requests only the widget's own files and the page's own files (same
// origin), sets no cookie, and with persist="off" stores nothing; with
// storage on, it stores only its own state, only where asked. Runs on the
// build (dist/, or $STARTKLAR_DIST).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, hostPage } from './support/harness.mjs';
import { quiz, QUESTIONS } from './support/driver.mjs';
import { fullQuizzesOnBlog, watchWrites, writes } from './support/safety.mjs';

const h = useHarness();

/** The widget's own files (dist/), by path and query. */
const WIDGET_FILES = [
  /^\/startklar\.js$/,
  /^\/startklar-app\.js(\?instance=\d+)?$/,
  /^\/startklar-app_bg\.wasm$/,
  // The iframe variant: the standalone page and its stylesheet.
  /^\/index(\.en)?\.html\?embed=1&lang=en$/,
  /^\/page\.css$/,
];
/** The demo page's own files. */
const PAGE_FILES = [/^\/demo\/blog\.html$/, /^\/demo\/blog\.css$/, /^\/demo\/iframe-height\.js$/];

/**
 * Opens a context that records every request (all frames, workers too),
 * WebSocket and storage or cookie write; `persist` (if given) is set on
 * every <startklar-quiz> of every frame the moment the parser creates it,
 * before the widget starts.
 */
async function recordedSession(persist) {
  const s = await h.open({ permissions: ['clipboard-read', 'clipboard-write'] });
  const requests = [];
  const sockets = [];
  s.context.on('request', (r) => requests.push({ url: r.url(), frame: r.frame()?.url() ?? null, type: r.resourceType() }));
  s.page.on('websocket', (ws) => sockets.push(ws.url()));
  await watchWrites(s.context);
  if (persist) {
    await s.context.addInitScript((persist) => {
      const mark = (node) => {
        if (node.nodeName === 'STARTKLAR-QUIZ') node.setAttribute('persist', persist);
      };
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) mark(n);
      }).observe(document, { childList: true, subtree: true });
    }, persist);
  }
  return { s, requests, sockets };
}

/** Full quizzes in both widgets and the iframe of demo/blog.html. */
async function quizEverything(page) {
  await page.goto(h.url('demo/blog.html'));
  await fullQuizzesOnBlog(page, ['yes', 'no', ...Array(QUESTIONS - 2).fill('partly')]);
}

/** Checks that every request went to the test server for a widget or page file. */
function assertOnlyOwnFiles(requests) {
  const origin = new URL(h.server.url).origin;
  const network = requests.filter((r) => !/^(blob|data):/.test(r.url));
  const elsewhere = network.filter((r) => new URL(r.url).origin !== origin);
  assert.deepEqual(elsewhere, [], 'no request to any other origin');
  const paths = network.map((r) => {
    const u = new URL(r.url);
    return u.pathname + u.search;
  });
  const unknown = paths.filter((p) => ![...WIDGET_FILES, ...PAGE_FILES].some((re) => re.test(p)));
  assert.deepEqual(unknown, [], 'only the widget files and the demo page files');
  // The same, as the server saw it (a second, independent record).
  const served = h.server.requests.filter((p) => ![...WIDGET_FILES, ...PAGE_FILES].some((re) => re.test(p)));
  assert.deepEqual(served, [], 'the server was asked for nothing else');
  // The recording works: it saw the widget load.
  for (const file of ['/startklar.js', '/startklar-app_bg.wasm', '/demo/blog.html']) {
    assert.ok(paths.includes(file), `${file} was requested (the recorder works)`);
  }
  const blobs = requests.filter((r) => /^(blob|data):/.test(r.url));
  return { paths, blobs };
}

test('privacy: persist="off": full quizzes on the demo page request only own files, set no cookie, store nothing', async () => {
  h.server.requests.length = 0;
  const { s, requests, sockets } = await recordedSession('off');
  await quizEverything(s.page);
  // Every widget really had persist="off" before it started.
  for (const frame of s.page.frames()) {
    const values = await frame.evaluate(() =>
      [...document.querySelectorAll('startklar-quiz')].map((el) => el.getAttribute('persist')),
    );
    assert.ok(values.every((v) => v === 'off'), `${frame.url()}: ${values}`);
  }
  assertOnlyOwnFiles(requests);
  assert.deepEqual(sockets, [], 'no WebSocket');
  assert.deepEqual(await s.context.cookies(), [], 'no cookie in the browser');
  const { calls, held } = await writes(s.page);
  assert.deepEqual(calls, [], 'no storage, cookie or beacon call in any frame');
  assert.equal(held.length, 2, 'the page and its iframe were inspected');
  for (const h of held) {
    assert.deepEqual({ session: h.session, local: h.local, cookie: h.cookie }, { session: [], local: [], cookie: '' }, h.frame);
  }
  s.log.assertNoErrors();
});

test('privacy: with storage on, the widgets keep only their own state, only where asked, and still no cookie', async () => {
  h.server.requests.length = 0;
  const { s, requests } = await recordedSession(null);
  // #quiz-en asks for localStorage; #quiz-de and the iframe keep the default (sessionStorage).
  await s.context.addInitScript(() => {
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n.id === 'quiz-en') n.setAttribute('persist', 'local');
    }).observe(document, { childList: true, subtree: true });
  });
  await quizEverything(s.page);
  assertOnlyOwnFiles(requests);
  assert.deepEqual(await s.context.cookies(), []);
  const { calls, held } = await writes(s.page);
  // The spy works: the widgets did write.
  const sets = calls.filter((c) => c.api === 'setItem');
  assert.ok(sets.length > 0, 'the storage spy saw the widgets write');
  const keys = [...new Set(calls.map((c) => `${c.frame} ${c.api} ${c.key}`))].sort();
  assert.deepEqual(
    keys.filter((k) => !/ (setItem|removeItem) (sessionStorage|localStorage):startklar:/.test(k)),
    [],
    'only Storage.setItem/removeItem of the widget’s own keys',
  );
  assert.deepEqual(
    [...new Set(calls.map((c) => c.key))].sort(),
    [
      'localStorage:startklar:/demo/blog.html:quiz-en',
      'sessionStorage:startklar:/demo/blog.html:quiz-de',
      'sessionStorage:startklar:/index.en.html:0',
    ],
    'one key per widget, in the storage each asked for',
  );
  for (const h of held) assert.equal(h.cookie, '', `${h.frame}: no cookie`);
  s.log.assertNoErrors();
});

test('privacy: the recorders catch what they look for (a page that does track is caught)', async () => {
  // The control for the tests above: the same recorders on a page that
  // sets a cookie, writes storage and calls another origin.
  const { s, requests } = await recordedSession('off');
  const url = await s.virtualPage(
    'demo/__tracker.html',
    hostPage({
      title: 'tracker',
      body: `<startklar-quiz id="q" lang="en"></startklar-quiz>
<script>
  document.cookie = 'visitor=1; path=/';
  localStorage.setItem('tracked', '1');
  navigator.sendBeacon('http://127.0.0.2:9/collect', 'x');
</script>`,
    }),
  );
  // The beacon never leaves the browser: it is answered here.
  await s.context.route('http://127.0.0.2:9/**', (route) => route.fulfill({ status: 204 }));
  await s.page.goto(url);
  const q = quiz(s.page.locator('#q'), 'en');
  await q.intro();
  await q.answerFirst();
  assert.throws(() => assertOnlyOwnFiles(requests), /other origin|only the widget files/);
  assert.equal((await s.context.cookies()).length, 1);
  const { calls } = await writes(s.page);
  assert.deepEqual(
    calls.map((c) => c.api),
    ['document.cookie', 'setItem', 'sendBeacon'],
  );
});
