// Speed features of the built site, checked in a real browser:
// - the standalone page preloads the glue and the wasm, and the loader uses
//   those preloads (each file requested once) under the strict CSP;
// - each language has a pre-rendered standalone page, so an English visitor
//   sees English before the wasm runs (the wasm is held back to look);
// - `loading="lazy"` fetches nothing but startklar.js until the element
//   comes within about one viewport height, then works as usual.
// Build first: bash scripts/build.sh (or set STARTKLAR_DIST).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness } from './support/harness.mjs';
import { quiz, TEXT, QUESTIONS, visible, until } from './support/driver.mjs';
import { CSP_PATHS } from './support/safety.mjs';

const h = useHarness({ needs: 'index.en.html', paths: CSP_PATHS });

const GLUE = '/startklar-app.js';
const WASM = '/startklar-app_bg.wasm';
const exact = (name) => ({ name, exact: true });
/** The widget on the page, driven in `lang`. */
const widget = (page, lang, selector = 'startklar-quiz') => quiz(page.locator(selector), lang);

/** Paths the page asked for from now on (browser side, query and all). */
function recordRequests(page) {
  const paths = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    paths.push(url.pathname + url.search);
  });
  return paths;
}
const count = (paths, path) => paths.filter((p) => p === path).length;

/** Holds every wasm request until the returned function is called. */
async function holdWasm(page) {
  const held = [];
  let released = false;
  await page.route(/\.wasm(\?|$)/, (route) => (released ? route.continue() : held.push(route)));
  return async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
  };
}

// ---- preloads ----

for (const [path, lang] of [
  ['index.html?lang=de', 'de'],
  ['index.en.html?lang=en', 'en'],
]) {
  test(`${path}: the glue and the wasm are preloaded and used, each fetched once, under the strict CSP`, async () => {
    const s = await h.open();
    const sentBefore = h.server.requests.length;
    const paths = recordRequests(s.page);
    await s.page.goto(h.url(`strict/${path}`));
    await widget(s.page, lang).intro();
    await s.page.waitForLoadState('networkidle');
    const preloads = await s.page.evaluate(() =>
      [...document.head.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')].map((link) => ({
        rel: link.rel,
        file: new URL(link.href).pathname,
        as: link.getAttribute('as'),
        crossorigin: link.crossOrigin,
      })),
    );
    assert.deepEqual(
      preloads.map(({ rel, file, as }) => ({ rel, file, as })),
      [
        { rel: 'modulepreload', file: `/strict${GLUE}`, as: null },
        { rel: 'preload', file: `/strict${WASM}`, as: 'fetch' },
      ],
    );
    assert.ok(preloads.every((p) => p.crossorigin === 'anonymous'), JSON.stringify(preloads));
    // A preload the loader did not use would be fetched a second time
    // (the server sends no-store, so nothing could come from a cache).
    const sent = h.server.requests.slice(sentBefore);
    for (const file of [GLUE, WASM]) {
      assert.equal(count(paths, `/strict${file}`), 1, JSON.stringify(paths));
      assert.equal(count(sent, `/strict${file}`), 1, JSON.stringify(sent));
    }
    s.log.assertNoErrors();
  });
}

// ---- a page per language ----

test('index.en.html?lang=en paints English before the wasm runs, then the widget takes over in English', async () => {
  const { page } = await h.open();
  const release = await holdWasm(page);
  await page.goto(h.url('index.en.html?lang=en'));
  const q = widget(page, 'en');
  await visible(q.heading(TEXT.en.introHeading), 'the English heading before the wasm');
  await visible(q.scope.getByRole('link', exact(TEXT.en.start)), 'the fallback start link in English');
  assert.equal(await page.getByRole('heading', exact(TEXT.de.introHeading)).count(), 0, 'no German heading');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.title(), TEXT.en.introHeading);
  assert.equal(await q.button(TEXT.en.start).count(), 0, 'the wasm has not run yet');
  await release();
  await q.intro();
  await q.start();
});

test('index.html?lang=de paints German; its "English" link leads to the English page, without the wasm', async () => {
  const { page } = await h.open();
  await holdWasm(page);
  await page.goto(h.url('index.html?lang=de'));
  const q = widget(page, 'de');
  await visible(q.heading(TEXT.de.introHeading), 'the German heading before the wasm');
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  await q.scope.getByRole('link', exact(TEXT.en.language)).click();
  await page.waitForURL(/\/index\.en\.html\?lang=en$/);
  await visible(q.in('en').heading(TEXT.en.introHeading), 'the English heading on the English page');
});

test('an English share link shows English before the wasm, then the shared result in English', async () => {
  const { page } = await h.open();
  const release = await holdWasm(page);
  await page.goto(h.url('index.en.html?lang=en#r=yyyyyyyy0'));
  const q = widget(page, 'en');
  await visible(q.heading(TEXT.en.introHeading), 'English before the wasm');
  await release();
  assert.equal((await q.result()).verdict, 'ready');
});

test('the English page still follows ?lang=de once the wasm runs', async () => {
  const { page } = await h.open();
  await page.goto(h.url('index.en.html?lang=de'));
  const q = widget(page, 'de');
  await q.intro();
  await visible(q.button(TEXT.de.start), 'the widget in German');
  await visible(q.heading(TEXT.de.introHeading), 'the German heading');
});

// ---- loading="lazy" ----

const FAR = 4000; // px above the element: five viewport heights of 800 px

/** A page with one element `attributes` below a FAR px spacer. */
function lazyPage(attributes) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>lazy</title>
<script type="module" src="../startklar.js"></script></head>
<body style="margin:0"><h1>A long post</h1><div style="height:${FAR}px"></div>
<startklar-quiz id="quiz" lang="en" ${attributes}><p>The quiz comes here.</p></startklar-quiz>
<div style="height:2000px"></div></body></html>`;
}

async function openLazyPage(s, attributes) {
  const url = await s.virtualPage('demo/speed-test.html', lazyPage(attributes));
  const paths = recordRequests(s.page);
  await s.page.goto(url);
  await s.page.waitForLoadState('networkidle');
  return paths;
}

/** Waits a few frames and a moment, so an observer would have fired. */
const pause = (page) => page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(r), 300)));

test('loading="lazy": only startklar.js until the element nears the viewport; then the whole quiz works', async () => {
  const s = await h.open();
  const paths = await openLazyPage(s, 'loading="lazy"');
  const w = s.page.locator('#quiz');
  await pause(s.page);
  assert.equal(count(paths, '/startklar.js'), 1, JSON.stringify(paths));
  assert.deepEqual([count(paths, GLUE), count(paths, WASM)], [0, 0], `nothing else yet: ${JSON.stringify(paths)}`);
  assert.equal(await w.evaluate((host) => host.shadowRoot), null, 'not started');
  assert.equal(await w.evaluate((host) => host.textContent.trim()), 'The quiz comes here.', 'the fallback stays');

  // Two viewport heights above it: still nothing.
  await s.page.evaluate((y) => scrollTo(0, y), FAR - 2 * 800 - 400);
  await pause(s.page);
  assert.deepEqual([count(paths, GLUE), count(paths, WASM)], [0, 0], JSON.stringify(paths));

  // Within one viewport height below the visible area: it starts.
  await s.page.evaluate((y) => scrollTo(0, y), FAR - 800 - 400);
  await until(() => count(paths, WASM) === 1 && count(paths, GLUE) === 1, 'the glue and the wasm requested');
  await w.scrollIntoViewIfNeeded();
  const q = widget(s.page, 'en', '#quiz');
  await q.intro();
  assert.equal((await q.run(Array(QUESTIONS).fill('yes'))).verdict, 'ready');
  assert.deepEqual([count(paths, GLUE), count(paths, WASM)], [1, 1], JSON.stringify(paths));
  s.log.assertNoErrors();
});

for (const [attributes, warning] of [
  ['loading="eager"', null],
  ['loading="later"', '<startklar-quiz>: invalid loading="later"; allowed values: "lazy", "eager". Using the default.'],
]) {
  test(`${attributes} starts at once, far below the visible area${warning ? ', with one console warning' : ''}`, async () => {
    const s = await h.open();
    const paths = await openLazyPage(s, attributes);
    const w = s.page.locator('#quiz');
    await until(() => count(paths, WASM) === 1, 'the wasm is requested without scrolling');
    await until(() => w.evaluate((host) => host.shadowRoot?.querySelector('.sk-intro') != null), 'started off screen');
    assert.deepEqual(
      s.log.warnings.filter((text) => text.includes('loading=')),
      warning ? [warning] : [],
    );
    s.log.assertNoErrors();
  });
}

test('loading="lazy": removed and re-added before it is near, nothing is fetched and nothing leaks', async () => {
  const s = await h.open();
  const paths = await openLazyPage(s, 'loading="lazy"');
  await s.page.evaluate(() => {
    const quiz = document.getElementById('quiz');
    const parent = quiz.parentNode;
    quiz.remove();
    parent.append(quiz);
    quiz.remove();
    window.__removedQuiz = quiz;
  });
  // Scrolled through the whole page: the removed element must not start.
  await s.page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await pause(s.page);
  await s.page.evaluate(() => scrollTo(0, 0));
  await pause(s.page);
  assert.deepEqual([count(paths, GLUE), count(paths, WASM)], [0, 0], JSON.stringify(paths));
  assert.equal(await s.page.evaluate(() => window.__removedQuiz.shadowRoot), null);

  // Re-added in view: it starts, once.
  await s.page.evaluate(() => document.body.prepend(window.__removedQuiz));
  const w = s.page.locator('#quiz');
  await widget(s.page, 'en', '#quiz').intro();
  await s.page.waitForLoadState('networkidle');
  assert.deepEqual([count(paths, GLUE), count(paths, WASM)], [1, 1], JSON.stringify(paths));
  assert.equal(await w.evaluate((host) => host.shadowRoot.querySelectorAll('.sk-intro').length), 1, 'one widget');
  s.log.assertNoErrors();
});
