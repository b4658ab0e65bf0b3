// The usual set-up of an e2e file: one server for the build under test and
// one browser per file, a fresh page session per test. Read the fields
// inside tests (they are filled by the hooks):
//
//   const suite = useSuite('index.html');
//   test('…', async () => { await suite.session.page.goto(suite.server.url); });
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { before, after, beforeEach, afterEach } from 'node:test';
import { serve, DIST } from './server.mjs';
import { launchBrowser, openPage } from './browser.mjs';

/** Registers the hooks; `requiredFile` must exist in the build. */
export function useSuite(requiredFile) {
  const suite = { server: null, browser: null, session: null };
  before(async () => {
    assert.ok(existsSync(path.join(DIST, requiredFile)), `${DIST}/${requiredFile} missing: run bash scripts/build.sh`);
    suite.server = await serve({ root: DIST });
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  beforeEach(async () => {
    suite.session = await openPage(suite.browser);
  });
  afterEach(async (t) => {
    const { consoleErrors, pageErrors } = suite.session;
    // Shown to help explain a failure; tests assert errors where they matter.
    if (consoleErrors.length || pageErrors.length) {
      t.diagnostic(`page errors: ${JSON.stringify({ console: consoleErrors, page: pageErrors })}`);
    }
    await suite.session.close();
  });
  return suite;
}
