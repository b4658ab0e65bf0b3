// The npm package from a bundler's side: the packed .tgz installed into a
// fresh Vite app (tests/packaging/vite-app/, vite pinned), then the quiz
// completed in Chromium from `vite build` served statically and from the
// Vite dev server. Also type-checks the app against the package's types.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { useHarness } from '../e2e/support/harness.mjs';
import { quizzes, until } from '../e2e/support/driver.mjs';
import { expectedResult } from '../e2e/support/formats.mjs';
import { REPO_ROOT, VERSION, artifact, run, tempDir } from './support.mjs';

const ANSWERS = ['no', 'yes', 'yes', 'partly', 'yes', 'yes', 'no', 'yes'];
const app = tempDir('vite-app');

// Registered before the harness's hooks, so the built app exists when it is
// served: the app with the packed .tgz installed, then `vite build`.
before(() => {
  const tgz = artifact(`startklar-quiz-${VERSION}.tgz`);
  cpSync(path.join(REPO_ROOT, 'tests/packaging/vite-app'), app.dir, {
    recursive: true,
    filter: (src) => !/node_modules|[/\\]dist$/.test(src),
  });
  const npm = ['--no-audit', '--no-fund', '--loglevel=error'];
  run('npm', ['ci', ...npm], { cwd: app.dir });
  run('npm', ['install', '--no-save', ...npm, tgz], { cwd: app.dir });
  run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], { cwd: app.dir });
});
after(() => app.remove());

// Serves the output of `vite build`; the dev server is visited by its URL.
const h = useHarness({ root: path.join(app.dir, 'dist'), needs: 'index.html' });

/** Completes the German quiz (the first of the page's two widgets) at `url`. */
async function completeQuizAt(url) {
  const s = await h.open();
  const wasm = [];
  s.page.on('response', (r) => r.url().endsWith('.wasm') && wasm.push(`${r.status()} ${new URL(r.url()).pathname}`));
  await s.page.goto(url);
  const [german, english] = quizzes(s.page, { 'quiz-de': 'de', 'quiz-en': 'en' });
  await german.intro(30_000);
  // The second widget runs its own instance (the glue under ?instance=2).
  await english.intro();
  assert.deepEqual(await german.run(ANSWERS), expectedResult(ANSWERS));
  assert.equal(await s.page.locator('#last-event').textContent(), `complete: ${expectedResult(ANSWERS).verdict} ${expectedResult(ANSWERS).score}`);
  assert.ok(wasm.length >= 1 && wasm.every((w) => w.startsWith('200 ')), `wasm responses: ${wasm}`);
  s.log.assertNoErrors();
  return wasm;
}

test('the package’s types check in the app (typed elements and events)', () => {
  run('npx', ['--no-install', 'tsc', '--noEmit', '-p', '.'], { cwd: app.dir });
});

test('vite build: the glue and the wasm are emitted as assets, and the built app completes the quiz', async () => {
  const assets = readdirSync(path.join(app.dir, 'dist/assets'));
  assert.ok(assets.some((f) => /^startklar-app_bg-.*\.wasm$/.test(f)), `wasm in dist/assets: ${assets}`);
  assert.ok(assets.some((f) => /^startklar-app-.*\.js$/.test(f)), `glue in dist/assets: ${assets}`);
  const wasm = await completeQuizAt(h.url(''));
  assert.ok(wasm.every((w) => /\/assets\/startklar-app_bg-[^/]+\.wasm$/.test(w)), `hashed wasm asset: ${wasm}`);
});

test('vite dev server: the quiz completes', async () => {
  const port = await freePort();
  const dev = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: app.dir,
    // Vite colours its output where CI is set; the address is read as plain text.
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout.on('data', (d) => (output += d));
  dev.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => dev.once('exit', resolve));
  try {
    const plain = () => output.replace(/\x1b\[[0-9;]*m/g, '');
    await until(async () => plain().includes(`127.0.0.1:${port}`), 'vite dev to start', 30_000).catch((err) => {
      throw new Error(`${err.message}\n${output}`);
    });
    await completeQuizAt(`http://127.0.0.1:${port}/`);
  } finally {
    dev.kill();
    await exited;
  }
});

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}
