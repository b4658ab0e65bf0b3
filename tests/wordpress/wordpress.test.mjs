// The WordPress plugin in a real WordPress (Debian's 6.1, default theme
// twentytwentythree), set up by scripts/test-wordpress.sh, which passes:
//   STARTKLAR_WP_URL   the site's address
//   STARTKLAR_WP_SITE  JSON: { posts: { shortcode, block, invalid, hostile, plain }, theme, active }
//   STARTKLAR_WP_LOG   PHP's error log (WP_DEBUG_LOG)
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../e2e/support/browser.mjs';
import { TEXT, answerAll, expectedResult, heading, startQuiz, visible, widget } from '../e2e/support/quiz.mjs';

const BASE = process.env.STARTKLAR_WP_URL;
const SITE = JSON.parse(process.env.STARTKLAR_WP_SITE ?? 'null');
const LOG = process.env.STARTKLAR_WP_LOG;
assert.ok(BASE && SITE && LOG, 'run through bash scripts/test-wordpress.sh');

const PLUGIN_WIDGET = '/wp-content/plugins/startklar-quiz/widget/';
const postUrl = (name, query = '') => `${BASE}?p=${SITE.posts[name]}${query}`;
const ANSWERS = ['yes', 'partly', 'yes', 'partly', 'partly', 'yes', 'yes', 'yes'];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Opens a post, records the widget's requests and CSP violations. */
async function openPost(name, query = '') {
  const session = await openPage(browser);
  const requests = [];
  session.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await session.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }),
    );
  });
  const response = await session.page.goto(postUrl(name, query));
  assert.equal(response.status(), 200, `${name}: HTTP status`);
  return { ...session, requests, html: await response.text() };
}

/** The element's attributes as written by PHP. */
const attributesOf = (page) =>
  widget(page).evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));

async function completeQuiz(page, lang) {
  await visible(heading(page, TEXT[lang].introHeading), `intro heading "${TEXT[lang].introHeading}"`, 20_000);
  await startQuiz(page, lang);
  assert.deepEqual(await answerAll(page, ANSWERS, lang), expectedResult(ANSWERS));
}

test('the site runs the default theme with the plugin active', () => {
  assert.equal(SITE.theme, 'twentytwentythree');
  assert.equal(SITE.active, true);
});

test('shortcode [startklar lang="de" …]: the quiz completes, served from the plugin folder as a module', async () => {
  const s = await openPost('shortcode');
  try {
    assert.deepEqual(await attributesOf(s.page), { lang: 'de', theme: 'auto', persist: 'session' });
    const loader = await s.page.locator(`script[src*="${PLUGIN_WIDGET}startklar.js"]`).evaluateAll((els) =>
      els.map((el) => ({ type: el.getAttribute('type'), path: new URL(el.src).pathname })),
    );
    assert.deepEqual(loader, [{ type: 'module', path: `${PLUGIN_WIDGET}startklar.js` }]);
    await completeQuiz(s.page, 'de');
    const own = s.requests.filter((p) => /startklar/.test(p));
    assert.ok(own.includes(`${PLUGIN_WIDGET}startklar-app_bg.wasm`), `wasm from the plugin folder: ${own}`);
    assert.deepEqual(own.filter((p) => !p.startsWith(PLUGIN_WIDGET)), [], 'every widget file from the plugin folder');
    s.assertNoErrors();
  } finally {
    await s.close();
  }
});

test('block startklar/quiz with lang en, dark, persist off: the quiz completes', async () => {
  const s = await openPost('block');
  try {
    assert.deepEqual(await attributesOf(s.page), { lang: 'en', theme: 'dark', persist: 'off', id: 'quiz-en' });
    await completeQuiz(s.page, 'en');
    s.assertNoErrors();
  } finally {
    await s.close();
  }
});

test('invalid shortcode values give the element’s defaults, and the widget finds nothing to warn about', async () => {
  const s = await openPost('invalid');
  const warnings = [];
  s.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    // No lang: the element follows the page's language (en-US here).
    assert.deepEqual(await attributesOf(s.page), { theme: 'auto', persist: 'session' });
    await completeQuiz(s.page, 'en');
    assert.deepEqual(warnings.filter((w) => /startklar/i.test(w)), []);
    s.assertNoErrors();
  } finally {
    await s.close();
  }
});

test('hostile shortcode values are neither markup nor attributes', async () => {
  const s = await openPost('hostile');
  let dialogs = 0;
  s.page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  try {
    assert.deepEqual(await attributesOf(s.page), { theme: 'auto', persist: 'session' });
    assert.equal(await s.page.locator('img[src="x"]').count(), 0);
    assert.doesNotMatch(s.html, /onerror=alert|onclick="alert/);
    await visible(heading(s.page, TEXT.en.introHeading), 'intro heading', 20_000);
    assert.equal(dialogs, 0);
  } finally {
    await s.close();
  }
});

test('a post without a quiz loads none of the widget', async () => {
  const s = await openPost('plain');
  try {
    assert.doesNotMatch(s.html, /startklar/);
    assert.deepEqual(s.requests.filter((p) => /startklar/.test(p)), []);
  } finally {
    await s.close();
  }
});

test('under a strict CSP (no inline script, no eval) the quiz completes with no violation of the plugin', async () => {
  const s = await openPost('shortcode', '&csp=1');
  try {
    await completeQuiz(s.page, 'de');
    const violations = await s.page.evaluate(() => window.__violations);
    const ours = violations.filter((v) => /startklar|wasm|eval/.test(`${v.blocked} ${v.source} ${v.directive}`));
    assert.deepEqual(ours, []);
    // Nothing inline from the plugin that such a policy would refuse.
    assert.doesNotMatch(s.html, /<script(?![^>]*\ssrc=)[^>]*>[^<]*startklar/i);
  } finally {
    await s.close();
  }
});

test('German and English strings: the fallback link follows the site language', async () => {
  const linkText = (page) => widget(page).evaluate((el) => el.querySelector('a')?.textContent);
  const en = await openPost('invalid');
  const de = await openPost('invalid', '&locale=de_DE');
  try {
    assert.equal(await linkText(en.page), 'Take the quiz: Are you ready to start?');
    assert.equal(await linkText(de.page), 'Zum Quiz: Sind Sie startklar?');
  } finally {
    await en.close();
    await de.close();
  }
});

test('PHP logged nothing about the plugin', () => {
  const log = existsSync(LOG) ? readFileSync(LOG, 'utf8') : '';
  const ours = log.split("\n").filter((line) => line.includes("/plugins/startklar-quiz/"));
  assert.deepEqual(ours, []);
});
