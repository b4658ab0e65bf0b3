// Checks of the test harness itself (static server, browser launch), independent of the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { serve } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

let dir, outside;
before(async () => {
  const base = await mkdtemp(path.join(tmpdir(), 'startklar-harness-'));
  dir = path.join(base, 'site');
  outside = path.join(base, 'secret.txt');
  await mkdir(path.join(dir, 'demo'), { recursive: true });
  await writeFile(outside, 'secret');
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><title>t</title><button id="b">Hi</button>' +
      '<script type="module" src="app.js"></script>',
  );
  await writeFile(path.join(dir, 'app.js'), 'document.getElementById("b").textContent = "Clicked?";');
  await writeFile(path.join(dir, 'inline.html'), '<!doctype html><script>console.error("boom")</script>');
  await writeFile(path.join(dir, 'x.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(path.join(dir, 'demo', 'blog.html'), '<p>demo</p>');
});
after(() => rm(path.dirname(dir), { recursive: true, force: true }));

// Raw GET without URL normalisation, so '..' reaches the server as sent.
function get(url, rawPath) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: rawPath }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

test('server: MIME types, extra headers, 404, no traversal, request log', async () => {
  const server = await serve({ root: dir, headers: { 'Content-Security-Policy': "default-src 'self'" } });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const cases = {
      '/': 'text/html; charset=utf-8',
      '/index.html?lang=de': 'text/html; charset=utf-8',
      '/app.js': 'text/javascript; charset=utf-8',
      '/x.wasm': 'application/wasm',
      '/demo/blog.html': 'text/html; charset=utf-8',
    };
    for (const [p, type] of Object.entries(cases)) {
      const r = await get(server.url, p);
      assert.equal(r.status, 200, p);
      assert.equal(r.headers['content-type'], type, p);
      assert.equal(r.headers['content-security-policy'], "default-src 'self'", p);
    }
    for (const p of ['/missing.js', '/../secret.txt', '/%2e%2e/secret.txt', '/demo/..%2f..%2fsecret.txt', '/%00']) {
      const r = await get(server.url, p);
      assert.equal(r.status, 404, p);
      assert.doesNotMatch(r.body, /secret/, p);
    }
    assert.deepEqual(server.requests.slice(0, 2), ['/', '/index.html?lang=de']);
  } finally {
    await server.close();
  }
});

test('browser: Debian Chromium loads a served page and errors are collected', async () => {
  const server = await serve({ root: dir });
  const browser = await launchBrowser();
  try {
    const s = await openPage(browser);
    await s.page.goto(server.url);
    await s.page.getByRole('button', { name: 'Clicked?' }).click();
    s.assertNoErrors();
    await s.page.goto(new URL('inline.html', server.url).href);
    await s.page.waitForLoadState('load');
    assert.deepEqual(s.consoleErrors, ['boom']);
    assert.throws(() => s.assertNoErrors());
    await s.close();
  } finally {
    await browser.close();
    await server.close();
  }
});
