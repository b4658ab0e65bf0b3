// Fault injection for the containment tests (safety.test.mjs), kept in this
// one file: how a test makes one widget's wasm panic.
//
// Fault injection exists only in a test variant of the glue and wasm (cargo
// feature `fault-injection`, built by scripts/fault-build.sh), which gives
// each element a simulateFault() method; what ships has no such hook.
//
//   const s = await h.open();
//   await useFaultBuild(s.page);                                 // before the first navigation
//   await s.page.goto(h.url('demo/blog.html'));
//   const thrown = await injectFault(page.locator('#quiz-de'));  // 'RuntimeError: unreachable' or null
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';

/** The test build's folder and its two files, named like the shipped ones. */
export const FAULT_BUILD = path.join(REPO_ROOT, 'target/fault-build');
export const FAULT_FILES = ['startklar-app.js', 'startklar-app_bg.wasm'];

/** Serves the fault-injection build to `page` in place of the shipped glue and wasm. */
export async function useFaultBuild(page) {
  for (const file of FAULT_FILES) {
    assert.ok(existsSync(path.join(FAULT_BUILD, file)), `${FAULT_BUILD}/${file} missing: run bash scripts/fault-build.sh`);
  }
  // The glue is imported once per widget, with ?instance=N from the second on.
  await page.route(/\/startklar-app(\.js|_bg\.wasm)(\?.*)?$/, (route) => {
    const file = new URL(route.request().url()).pathname.endsWith('.wasm') ? FAULT_FILES[1] : FAULT_FILES[0];
    return route.fulfill({ path: path.join(FAULT_BUILD, file) });
  });
}

/**
 * Makes the widget `scope` (a Locator of one <startklar-quiz>) panic through
 * the test build's simulateFault(); returns what the caller saw thrown
 * ('name: message'), or null if nothing was thrown.
 */
export function injectFault(scope) {
  return scope.evaluate((host) => {
    try {
      host.simulateFault();
      return null;
    } catch (error) {
      return `${error?.name}: ${error?.message}`;
    }
  });
}
