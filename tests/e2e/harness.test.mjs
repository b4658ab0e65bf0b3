// Checks of the test harness itself (static server with per-path headers,
// browser launch, console collector), independent of the app.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { after } from 'node:test';
import { useHarness } from './support/harness.mjs';

const base = mkdtempSync(path.join(tmpdir(), 'startklar-harness-'));
const dir = path.join(base, 'site');
mkdirSync(path.join(dir, 'demo'), { recursive: true });
writeFileSync(path.join(base, 'secret.txt'), 'secret');
writeFileSync(
  path.join(dir, 'index.html'),
  '<!doctype html><title>t</title><button id="b">Hi</button>' + '<script type="module" src="app.js"></script>',
);
writeFileSync(path.join(dir, 'app.js'), 'document.getElementById("b").textContent = "Clicked?";');
writeFileSync(path.join(dir, 'inline.html'), '<!doctype html><script>console.error("boom")</script>');
writeFileSync(path.join(dir, 'x.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
writeFileSync(path.join(dir, 'demo', 'blog.html'), '<p>demo</p>');
after(() => rmSync(base, { recursive: true, force: true }));

const CSP = "default-src 'self'";
const h = useHarness({ root: dir, needs: 'index.html', paths: { '/csp/': { 'Content-Security-Policy': CSP } } });

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

test('server: MIME types, per-path headers, 404, no traversal, request log', async () => {
  const server = h.server;
  const logged = server.requests.length;
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const cases = {
    '/': 'text/html; charset=utf-8',
    '/index.html?lang=de': 'text/html; charset=utf-8',
    '/app.js': 'text/javascript; charset=utf-8',
    '/x.wasm': 'application/wasm',
    '/demo/blog.html': 'text/html; charset=utf-8',
  };
  for (const [prefix, csp] of [['', undefined], ['/csp', CSP]]) {
    for (const [p, type] of Object.entries(cases)) {
      const r = await get(server.url, prefix + p);
      assert.equal(r.status, 200, prefix + p);
      assert.equal(r.headers['content-type'], type, prefix + p);
      assert.equal(r.headers['content-security-policy'], csp, prefix + p);
    }
  }
  for (const prefix of ['', '/csp']) {
    for (const p of ['/missing.js', '/../secret.txt', '/%2e%2e/secret.txt', '/demo/..%2f..%2fsecret.txt', '/%00']) {
      const r = await get(server.url, prefix + p);
      assert.equal(r.status, 404, prefix + p);
      assert.doesNotMatch(r.body, /secret/, prefix + p);
    }
  }
  assert.deepEqual(server.requests.slice(logged, logged + 2), ['/', '/index.html?lang=de']);
  assert.equal(h.url('csp/index.html'), `${server.url}csp/index.html`);
});

test('browser: Debian Chromium loads a served page and the console collector records errors', async () => {
  const s = await h.visit('');
  await s.page.getByRole('button', { name: 'Clicked?' }).click();
  s.log.assertNoErrors();
  const later = s.log.since();
  await s.page.goto(h.url('inline.html'));
  await s.page.waitForLoadState('load');
  assert.deepEqual(s.log.errors, ['boom']);
  assert.deepEqual(later.errors, ['boom']);
  assert.deepEqual(later.since().errors, []);
  assert.throws(() => s.log.assertNoErrors());
  // Under the CSP path the inline script is refused: no "boom", a refusal instead.
  const c = await h.visit('csp/inline.html');
  await c.page.waitForLoadState('load');
  assert.equal(c.log.errorsMatching(/boom/).length, 0);
  assert.ok(c.log.errorsMatching(/Content Security Policy/).length > 0, c.log.describe());
});

test('console collector: warnings by pattern, dialogs, virtual pages', async () => {
  const s = await h.open();
  const url = await s.virtualPage(
    'demo/__virtual.html',
    '<!doctype html><script>console.warn("one a"); console.warn("two b"); console.warn("three b"); alert("hi")</script>',
  );
  await s.page.goto(url);
  await s.page.waitForLoadState('load');
  const [a, b] = s.log.assertWarnings([/a$/, 1], [/b$/, 2]);
  assert.deepEqual([a, b], [['one a'], ['two b', 'three b']]);
  assert.throws(() => s.log.assertWarnings([/b$/, 2]), /no other warnings/);
  assert.throws(() => s.log.assertWarnings([/a$/, 2], [/b$/, 1]));
  assert.deepEqual(s.log.dialogs, ['alert: hi']);
  assert.ok(!h.server.requests.includes('/demo/__virtual.html'), 'the virtual page never reached the server');
});

describe('browser only: useHarness({ root: null })', () => {
  const b = useHarness({ root: null });

  test('serves nothing, takes absolute URLs only, and opens sessions on another server', async () => {
    assert.equal(b.server, null);
    assert.throws(() => b.url('index.html'), /absolute URL/);
    const page = h.url('index.html');
    assert.equal(b.url(page), page);
    const logged = h.server.requests.length;
    const s = await b.visit(page);
    await s.page.getByRole('button', { name: 'Clicked?' }).click();
    s.log.assertNoErrors();
    assert.deepEqual(h.server.requests.slice(logged, logged + 1), ['/index.html']);
  });
});
