// The WordPress plugin in a real WordPress (Debian's 6.1, default theme
// twentytwentythree), set up by scripts/test-wordpress.sh, which passes:
//   STARTKLAR_WP_URL   the site's address
//   STARTKLAR_WP_SITE  JSON: { posts: { shortcode, block, invalid, hostile, plain, pack }, theme, active,
//                      shortcode: the shortcode's attributes with their defaults }
//   STARTKLAR_WP_LOG   PHP's error log (WP_DEBUG_LOG)
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { useHarness } from '../e2e/support/harness.mjs';
import { quiz } from '../e2e/support/driver.mjs';
import { ANSWER_SETS, expectedResult } from '../e2e/support/formats.mjs';
import { packTexts, readPack, PACKS_DIR } from '../e2e/support/text.mjs';

const BASE = process.env.STARTKLAR_WP_URL;
const SITE = JSON.parse(process.env.STARTKLAR_WP_SITE ?? 'null');
const LOG = process.env.STARTKLAR_WP_LOG;
assert.ok(BASE && SITE && LOG, 'run through bash scripts/test-wordpress.sh');

const PLUGIN_WIDGET = '/wp-content/plugins/startklar-quiz/widget/';
const PLUGIN_SOURCE = path.join(import.meta.dirname, '../../packaging/wordpress/startklar-quiz');
const source = (file) => readFileSync(path.join(PLUGIN_SOURCE, file), 'utf8');
const postUrl = (name, query = '') => `${BASE}?p=${SITE.posts[name]}${query}`;
const ANSWERS = ANSWER_SETS.train;

// WordPress (php -S) serves the pages: the harness gives the browser only.
const h = useHarness({ root: null });

/** Opens a post, records the widget's requests and CSP violations. */
async function openPost(name, query = '') {
  const s = await h.open();
  const requests = [];
  s.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await s.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }),
    );
  });
  const response = await s.page.goto(postUrl(name, query));
  assert.equal(response.status(), 200, `${name}: HTTP status`);
  return { ...s, requests, html: await response.text() };
}

/** The post's one <startklar-quiz>, and its driver in `lang`. */
const element = (page) => page.locator('startklar-quiz');
const widget = (page, lang) => quiz(element(page), lang);

/** The element's attributes as written by PHP. */
const attributesOf = (page) =>
  element(page).evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));

async function completeQuiz(page, lang) {
  const q = widget(page, lang);
  await q.intro();
  assert.deepEqual(await q.run(ANSWERS), expectedResult(ANSWERS));
}

test('the site runs the default theme with the plugin active', () => {
  assert.equal(SITE.theme, 'twentytwentythree');
  assert.equal(SITE.active, true);
});

test('shortcode [startklar lang="de" …]: the quiz completes, served from the plugin folder as a module', async () => {
  const s = await openPost('shortcode');
  assert.deepEqual(await attributesOf(s.page), { lang: 'de', theme: 'auto', persist: 'session', loading: 'eager' });
  const loader = await s.page.locator(`script[src*="${PLUGIN_WIDGET}startklar.js"]`).evaluateAll((els) =>
    els.map((el) => ({ type: el.getAttribute('type'), path: new URL(el.src).pathname })),
  );
  assert.deepEqual(loader, [{ type: 'module', path: `${PLUGIN_WIDGET}startklar.js` }]);
  await completeQuiz(s.page, 'de');
  const own = s.requests.filter((p) => /startklar/.test(p));
  assert.ok(own.includes(`${PLUGIN_WIDGET}startklar-app_bg.wasm`), `wasm from the plugin folder: ${own}`);
  assert.deepEqual(own.filter((p) => !p.startsWith(PLUGIN_WIDGET)), [], 'every widget file from the plugin folder');
  s.log.assertNoErrors();
});

test('block startklar/quiz with lang en, dark, persist off, loading lazy: the quiz completes', async () => {
  const s = await openPost('block');
  assert.deepEqual(await attributesOf(s.page), { lang: 'en', theme: 'dark', persist: 'off', loading: 'lazy', id: 'quiz-en' });
  await completeQuiz(s.page, 'en');
  s.log.assertNoErrors();
});

test('invalid shortcode values give the element’s defaults, and the widget finds nothing to warn about', async () => {
  const s = await openPost('invalid');
  // No lang: the element follows the page's language (en-US here).
  assert.deepEqual(await attributesOf(s.page), { theme: 'auto', persist: 'session', loading: 'eager' });
  await completeQuiz(s.page, 'en');
  assert.deepEqual(s.log.warningsMatching(/startklar/i), []);
  s.log.assertNoErrors();
});

test('hostile shortcode values are neither markup nor attributes', async () => {
  const s = await openPost('hostile');
  assert.deepEqual(await attributesOf(s.page), { theme: 'auto', persist: 'session', loading: 'eager' });
  assert.equal(await s.page.locator('img[src="x"], b').count(), 0);
  assert.doesNotMatch(s.html, /onerror=alert|onclick="alert|onmouseover="alert/);
  await widget(s.page, 'en').intro();
  assert.deepEqual(s.log.dialogs, []);
});

test('content="…": an uploaded French content pack drives the quiz; a javascript: URL is left out', async () => {
  const s = await openPost('pack');
  const [french, second] = [s.page.locator('startklar-quiz').first(), s.page.locator('#second')];
  assert.equal(await french.getAttribute('content'), '/wp-content/uploads/startklar-fr.json');
  assert.equal(await second.getAttribute('content'), null);
  const fr = quiz(french, packTexts(readPack(path.join(PACKS_DIR, 'good', 'fr.json'))));
  await fr.intro();
  assert.deepEqual(await fr.run(ANSWERS), expectedResult(ANSWERS));
  await quiz(second, 'en').intro();
  s.log.assertNoErrors();
});

test('a post without a quiz loads none of the widget', async () => {
  const s = await openPost('plain');
  assert.doesNotMatch(s.html, /startklar/);
  assert.deepEqual(s.requests.filter((p) => /startklar/.test(p)), []);
});

test('under a strict CSP (no inline script, no eval) the quiz completes with no violation of the plugin', async () => {
  const s = await openPost('shortcode', '&csp=1');
  await completeQuiz(s.page, 'de');
  const violations = await s.page.evaluate(() => window.__violations);
  const ours = violations.filter((v) => /startklar|wasm|eval/.test(`${v.blocked} ${v.source} ${v.directive}`));
  assert.deepEqual(ours, []);
  // Nothing inline from the plugin that such a policy would refuse.
  assert.doesNotMatch(s.html, /<script(?![^>]*\ssrc=)[^>]*>[^<]*startklar/i);
});

test('the block has the shortcode’s settings, with the same defaults, each with a control in the sidebar', () => {
  const block = JSON.parse(source('block/block.json'));
  const defaults = Object.fromEntries(Object.entries(block.attributes).map(([name, a]) => [name, a.default]));
  assert.deepEqual(defaults, SITE.shortcode);
  const controls = [...source('block/editor.js').matchAll(/set\('([a-z]+)'\)/g)].map((m) => m[1]);
  assert.deepEqual(controls.sort(), Object.keys(SITE.shortcode).sort());
});

test('every string of the plugin and the block editor has a German translation', () => {
  const php = ['startklar-quiz.php', ...readdirSync(path.join(PLUGIN_SOURCE, 'includes')).map((f) => `includes/${f}`)];
  const strings = php.flatMap((file) => [...source(file).matchAll(/__\( '((?:[^'\\]|\\.)*)', 'startklar-quiz' \)/g)].map((m) => m[1]));
  assert.ok(strings.length > 10, `strings found: ${strings.length}`);
  const editorKeys = [...source('block/editor.js').matchAll(/\bt\.([A-Za-z]+)/g)].map((m) => m[1]);
  const textKeys = [...source('includes/block.php').matchAll(/'([A-Za-z]+)'\s*=> __\(/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(editorKeys)].filter((k) => !textKeys.includes(k)), [], 'editor texts without a translatable string');
  const entries = (file) => new Map([...source(file).matchAll(/^msgid "(.*)"\nmsgstr "(.*)"$/gm)].map((m) => [m[1], m[2]]));
  const pot = entries('languages/startklar-quiz.pot');
  const de = entries('languages/startklar-quiz-de_DE.po');
  assert.deepEqual(strings.filter((msgid) => !pot.has(msgid)), [], 'missing in the .pot');
  assert.deepEqual(strings.filter((msgid) => !de.get(msgid)), [], 'without a German translation');
});

test('German and English strings: the fallback link follows the site language', async () => {
  const linkText = (page) => element(page).evaluate((el) => el.querySelector('a')?.textContent);
  const en = await openPost('invalid');
  const de = await openPost('invalid', '&locale=de_DE');
  assert.equal(await linkText(en.page), 'Take the quiz: Are you ready to start?');
  assert.equal(await linkText(de.page), 'Zum Quiz: Sind Sie startklar?');
});

test('PHP logged nothing about the plugin', () => {
  const log = existsSync(LOG) ? readFileSync(LOG, 'utf8') : '';
  const ours = log.split("\n").filter((line) => line.includes("/plugins/startklar-quiz/"));
  assert.deepEqual(ours, []);
});
