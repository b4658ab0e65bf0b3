// Fault injection for the containment tests (safety.test.mjs), kept in this
// one file: how a test makes one widget's wasm panic.
//
//   const thrown = await injectFault(page.locator('#quiz-de'));  // 'RuntimeError: unreachable' or null

/**
 * Makes the widget `scope` (a Locator of one <startklar-quiz>) panic through
 * the element's simulateFault(); returns what the caller saw thrown
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
