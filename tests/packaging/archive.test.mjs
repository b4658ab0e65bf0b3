// The static archive startklar-<version>.zip: its checksums verify, the
// snippet's SRI hash is the loader's, and the snippet pasted into a plain
// page (with the folder's address put in) runs the quiz. A changed loader
// is refused by the browser, so the SRI check can fail.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { useHarness } from '../e2e/support/harness.mjs';
import { quiz } from '../e2e/support/driver.mjs';
import { expectedResult } from '../e2e/support/formats.mjs';
import { VERSION, artifact, run, tempDir } from './support.mjs';

const FOLDER = `startklar-${VERSION}`;
const PLACEHOLDER = 'https://example.org/startklar/';
const tmp = tempDir('archive');
const folder = path.join(tmp.dir, FOLDER);
let snippet;

// Registered before the harness's hooks, so the site exists when it is served:
// a blog that uploaded the folder as /startklar/, and the same folder with a
// changed loader.
before(() => {
  run('unzip', ['-q', artifact(`${FOLDER}.zip`), '-d', tmp.dir]);
  snippet = readFileSync(path.join(folder, 'snippet.html'), 'utf8');
  const site = path.join(tmp.dir, 'site');
  cpSync(folder, path.join(site, 'startklar'), { recursive: true });
  cpSync(folder, path.join(site, 'changed'), { recursive: true });
  appendFileSync(path.join(site, 'changed/startklar.js'), '\n// changed after release\n');
});
after(() => tmp.remove());

const h = useHarness({ root: path.join(tmp.dir, 'site'), needs: 'startklar/startklar.js' });

/** A session on a blog post (served in the session) holding the snippet with `base` put in. */
async function post(name, base) {
  const s = await h.open();
  const url = await s.virtualPage(
    `${name}.html`,
    `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>Ein Blogbeitrag</title><link rel="icon" href="data:,"></head>
<body><article><h1>Ein Blogbeitrag</h1>
${snippet.replaceAll(PLACEHOLDER, h.url(base))}
</article></body></html>`,
  );
  await s.page.goto(url);
  return s;
}

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
  const s = await post('post', 'startklar/');
  const q = quiz(s.page.locator('startklar-quiz'), 'de');
  await q.intro();
  const answers = ['yes', 'yes', 'yes', 'yes', 'yes', 'partly', 'yes', 'yes'];
  assert.deepEqual(await q.run(answers), expectedResult(answers));
  s.log.assertNoErrors();
});

test('a loader that differs from the release is refused (the check can fail)', async () => {
  const s = await post('changed', 'changed/');
  await s.page.waitForTimeout(1000);
  assert.equal(await s.page.evaluate(() => customElements.get('startklar-quiz')), undefined);
  assert.ok(s.log.errors.some((e) => /integrity/i.test(e)), `an integrity error: ${s.log.errors}`);
});
