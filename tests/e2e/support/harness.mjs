// The one set-up of every e2e file: a static server for the build under test
// (with per-path headers), one browser per file, and sessions (a fresh
// browser context and page with a console collector) that close after each
// test. See tests/e2e/README.md for copy-paste usage.
//
//   const h = useHarness({ paths: { '/strict/': { 'Content-Security-Policy': STRICT_CSP } } });
//   test('…', async () => {
//     const s = await h.visit('demo/blog.html');       // or h.open(contextOptions), then s.page.goto(…)
//     …;
//     s.log.assertNoErrors();
//   });
//
//   const b = useHarness({ root: null });             // browser only, for a page another server serves:
//   const s = await b.visit('http://127.0.0.1:8080/?p=4');
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { before, after, afterEach } from 'node:test';
import { serve, DIST } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { watchConsole } from './console.mjs';

/**
 * Registers the node:test hooks and returns the harness `h`; its fields are
 * filled by the hooks, so read them inside tests.
 * - `root`: the folder served (default: the build, DIST); `null` serves
 *   nothing (browser only, for pages of another server: visit absolute URLs);
 * - `needs`: a file that must exist in `root` (default: the loader, startklar.js);
 * - `headers`, `paths`: response headers, for all and per URL prefix (server.mjs).
 */
export function useHarness({ root = DIST, needs = 'startklar.js', headers = {}, paths = {} } = {}) {
  const sessions = [];
  const h = {
    server: null,
    browser: null,
    /**
     * The absolute URL of `p`: relative to the server's root (e.g.
     * 'strict/index.html?lang=de'), or `p` itself when it is absolute (a page
     * of another server).
     */
    url(p) {
      if (h.server) return new URL(p, h.server.url).href;
      if (URL.canParse(p)) return new URL(p).href;
      throw new Error(`useHarness({ root: null }) serves no folder: "${p}" needs to be an absolute URL`);
    },
    /**
     * A fresh browser context and page with a console collector, closed
     * after the test. `contextOptions` go to browser.newContext().
     */
    async open(contextOptions = {}) {
      const s = await openSession(h, contextOptions);
      sessions.push(s);
      return s;
    },
    /** open(), then go to `p` (relative to the server's root, or an absolute URL). */
    async visit(p, contextOptions = {}) {
      const s = await h.open(contextOptions);
      await s.page.goto(h.url(p));
      return s;
    },
  };
  before(async () => {
    if (root !== null) {
      assert.ok(existsSync(path.join(root, needs)), `${root}/${needs} missing: run bash scripts/build.sh`);
      h.server = await serve({ root, headers, paths });
    }
    h.browser = await launchBrowser();
  });
  after(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  afterEach(async (t) => {
    for (const s of sessions.splice(0)) {
      // Shown to help explain a failure; tests assert errors where they matter.
      if (s.log.errors.length || s.log.pageErrors.length) t.diagnostic(`page errors: ${s.log.describe()}`);
      await s.context.close();
    }
  });
  return h;
}

/**
 * A session: { context, page, log, newPage(), virtualPage(p, html, headers) }.
 * `log` is the console collector of `page` (console.mjs).
 */
async function openSession(h, contextOptions) {
  const context = await h.browser.newContext({ viewport: { width: 1000, height: 800 }, ...contextOptions });
  const s = {
    context,
    /** Another tab of this context: { page, log }. */
    async newPage() {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000); // generous: CI machines have 2 cores
      return { page, log: watchConsole(page) };
    },
    /**
     * Serves `html` at `p` (on the test server's origin, so relative URLs
     * such as ../startklar.js reach the real build) in this context;
     * returns the absolute URL.
     */
    async virtualPage(p, html, headers = {}) {
      return s.virtualFile(p, html, { contentType: 'text/html; charset=utf-8', headers });
    },
    /**
     * Serves `body` at `p` like virtualPage, as any file: `contentType`
     * (default JSON), `status` (default 200) and `headers` as given.
     */
    async virtualFile(p, body, { contentType = 'application/json', status = 200, headers = {} } = {}) {
      const url = h.url(p);
      await context.route(url, (route) => route.fulfill({ status, contentType, headers, body }));
      return url;
    },
  };
  Object.assign(s, await s.newPage());
  return s;
}

/**
 * A host page that loads the widget's loader: `body` goes into <body>,
 * `head` after the loader; the page sits one folder down (../startklar.js).
 */
export function hostPage({ title, body, lang = 'en', head = '' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="../startklar.js"></script>${head}</head><body>
${body}
</body></html>`;
}
