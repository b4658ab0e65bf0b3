// The static archive startklar-<version>.zip: its checksums verify, the
// snippet's SRI hash is the loader's, and the snippet pasted into a plain
// page (with the folder's address put in) runs the quiz. A changed loader
// is refused by the browser, so the SRI check can fail.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../e2e/support/browser.mjs';
import { serve } from '../e2e/support/server.mjs';
import { TEXT, answerAll, expectedResult, heading, startQuiz, visible } from '../e2e/support/quiz.mjs';
import { VERSION, artifact, run, tempDir } from './support.mjs';

const FOLDER = `startklar-${VERSION}`;
const PLACEHOLDER = 'https://example.org/startklar/';
let tmp;
let folder;
let snippet;
let server;
let browser;

before(async () => {
  tmp = tempDir('archive');
  run('unzip', ['-q', artifact(`${FOLDER}.zip`), '-d', tmp.dir]);
  folder = path.join(tmp.dir, FOLDER);
  snippet = readFileSync(path.join(folder, 'snippet.html'), 'utf8');
  // A blog that uploaded the folder as /startklar/, and the same folder with a changed loader.
  const site = path.join(tmp.dir, 'site');
  cpSync(folder, path.join(site, 'startklar'), { recursive: true });
  cpSync(folder, path.join(site, 'changed'), { recursive: true });
  appendFileSync(path.join(site, 'changed/startklar.js'), '\n// changed after release\n');
  const page = (base) => `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>Ein Blogbeitrag</title><link rel="icon" href="data:,"></head>
<body><article><h1>Ein Blogbeitrag</h1>
${snippet.replaceAll(PLACEHOLDER, base)}
</article></body></html>`;
  server = await serve({ root: site });
  writeFileSync(path.join(site, 'post.html'), page(`${server.url}startklar/`));
  writeFileSync(path.join(site, 'changed.html'), page(`${server.url}changed/`));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  tmp?.remove();
});

test('SHA256SUMS lists every file of the folder and verifies', () => {
  const output = run('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: folder });
  const listed = output.trim().split('\n').map((line) => line.replace(/: OK$/, '')).sort();
  const files = run('find', ['.', '-type', 'f', '!', '-name', 'SHA256SUMS', '-printf', '%P\n'], { cwd: folder }).trim().split('\n').sort();
  assert.deepEqual(listed, files);
  assert.ok(files.includes('startklar.js') && files.includes('startklar-app_bg.wasm') && files.includes('index.html'));
  assert.ok(!files.some((f) => f.startsWith('demo/')), 'no demo pages');
});

test('the snippet’s script carries the loader’s sha384 integrity and crossorigin', () => {
  const script = /<script\b[^>]*>/.exec(snippet)?.[0] ?? '';
  const hash = createHash('sha384').update(readFileSync(path.join(folder, 'startklar.js'))).digest('base64');
  assert.match(script, /\btype="module"/);
  assert.match(script, new RegExp(`\\bsrc="${PLACEHOLDER}startklar\\.js"`));
  assert.ok(script.includes(`integrity="sha384-${hash}"`), `integrity of startklar.js in ${script}`);
  assert.match(script, /\bcrossorigin="anonymous"/);
});

test('the snippet on a plain page runs the quiz', async () => {
  const s = await openPage(browser);
  try {
    await s.page.goto(`${server.url}post.html`);
    await visible(heading(s.page, TEXT.de.introHeading), 'intro', 20_000);
    await startQuiz(s.page, 'de');
    const answers = ['yes', 'yes', 'yes', 'yes', 'yes', 'partly', 'yes', 'yes'];
    assert.deepEqual(await answerAll(s.page, answers, 'de'), expectedResult(answers));
    s.assertNoErrors();
  } finally {
    await s.close();
  }
});

test('a loader that differs from the release is refused (the check can fail)', async () => {
  const s = await openPage(browser);
  try {
    await s.page.goto(`${server.url}changed.html`);
    await s.page.waitForTimeout(1000);
    assert.equal(await s.page.evaluate(() => customElements.get('startklar-quiz')), undefined);
    assert.ok(s.consoleErrors.some((e) => /integrity/i.test(e)), `an integrity error: ${s.consoleErrors}`);
  } finally {
    await s.close();
  }
});
