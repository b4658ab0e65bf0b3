// The npm package from a bundler's side: the packed .tgz installed into a
// fresh Vite app (tests/packaging/vite-app/, vite pinned), then the quiz
// completed in Chromium from `vite build` served statically and from the
// Vite dev server. Also type-checks the app against the package's types.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../e2e/support/browser.mjs';
import { serve } from '../e2e/support/server.mjs';
import { TEXT, answerAll, expectedResult, heading, visible } from '../e2e/support/quiz.mjs';
import { REPO_ROOT, VERSION, artifact, run, tempDir } from './support.mjs';

const ANSWERS = ['no', 'yes', 'yes', 'partly', 'yes', 'yes', 'no', 'yes'];
let app;
let browser;

before(async () => {
  const tgz = artifact(`startklar-quiz-${VERSION}.tgz`);
  app = tempDir('vite-app');
  cpSync(path.join(REPO_ROOT, 'tests/packaging/vite-app'), app.dir, {
    recursive: true,
    filter: (src) => !/node_modules|[/\\]dist$/.test(src),
  });
  const npm = ['--no-audit', '--no-fund', '--loglevel=error'];
  run('npm', ['ci', ...npm], { cwd: app.dir });
  run('npm', ['install', '--no-save', ...npm, tgz], { cwd: app.dir });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.remove();
});

/** Completes the German quiz (the first of the page's two widgets) at `url`. */
async function completeQuizAt(url) {
  const s = await openPage(browser);
  const wasm = [];
  s.page.on('response', (r) => r.url().endsWith('.wasm') && wasm.push(`${r.status()} ${new URL(r.url()).pathname}`));
  try {
    await s.page.goto(url);
    const german = s.page.locator('#quiz-de');
    await visible(german.getByRole('heading', { name: TEXT.de.introHeading, exact: true }), 'German intro', 30_000);
    // The second widget runs its own instance (the glue under ?instance=2).
    await visible(
      s.page.locator('#quiz-en').getByRole('heading', { name: TEXT.en.introHeading, exact: true }),
      'English intro',
    );
    await german.getByRole('button', { name: TEXT.de.start, exact: true }).click();
    // The drivers look at the first <startklar-quiz>: the German one.
    assert.deepEqual(await answerAll(s.page, ANSWERS, 'de'), expectedResult(ANSWERS));
    assert.equal(await s.page.locator('#last-event').textContent(), `complete: ${expectedResult(ANSWERS).verdict} ${expectedResult(ANSWERS).score}`);
    assert.ok(wasm.length >= 1 && wasm.every((w) => w.startsWith('200 ')), `wasm responses: ${wasm}`);
    s.assertNoErrors();
    return wasm;
  } finally {
    await s.close();
  }
}

test('the package’s types check in the app (typed elements and events)', () => {
  run('npx', ['--no-install', 'tsc', '--noEmit', '-p', '.'], { cwd: app.dir });
});

test('vite build: the glue and the wasm are emitted as assets, and the built app completes the quiz', async () => {
  run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], { cwd: app.dir });
  const assets = readdirSync(path.join(app.dir, 'dist/assets'));
  assert.ok(assets.some((f) => /^startklar-app_bg-.*\.wasm$/.test(f)), `wasm in dist/assets: ${assets}`);
  assert.ok(assets.some((f) => /^startklar-app-.*\.js$/.test(f)), `glue in dist/assets: ${assets}`);
  const server = await serve({ root: path.join(app.dir, 'dist') });
  try {
    const wasm = await completeQuizAt(server.url);
    assert.ok(wasm.every((w) => /\/assets\/startklar-app_bg-[^/]+\.wasm$/.test(w)), `hashed wasm asset: ${wasm}`);
  } finally {
    await server.close();
  }
});

test('vite dev server: the quiz completes', async () => {
  const port = await freePort();
  const dev = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: app.dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout.on('data', (d) => (output += d));
  dev.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => dev.once('exit', resolve));
  try {
    await waitFor(() => output.includes(`127.0.0.1:${port}`), 30_000, () => `vite dev did not start:\n${output}`);
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

async function waitFor(condition, timeout, message) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(message());
    await new Promise((r) => setTimeout(r, 100));
  }
}
