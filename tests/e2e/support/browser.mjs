// Debian's Chromium driven by playwright-core (never a downloaded browser).
//
//   const browser = await launchBrowser();           // once per test file
//   const s = await openPage(browser);                // fresh context per test
//   await s.page.goto(url);  …;  s.assertNoErrors();  await s.close();
//   await browser.close();
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying hosts this
// machine's closed network refuses; --no-sandbox because CI runs as root.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * A fresh browser context and page that records console errors, uncaught page
 * errors and failed requests. `contextOptions` go to browser.newContext().
 */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 1000, height: 800 },
    ...contextOptions,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000); // generous: CI machines have 2 cores

  const consoleErrors = [];
  const pageErrors = [];
  const failedRequests = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium asks for /favicon.ico on its own; a page without one is no app error.
    if (/\/favicon\.ico$/.test(msg.location().url) && msg.text().startsWith('Failed to load resource')) return;
    consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(String(err?.stack ?? err)));
  page.on('requestfailed', (req) =>
    failedRequests.push(`${req.url()}: ${req.failure()?.errorText ?? 'failed'}`),
  );

  return {
    context,
    page,
    consoleErrors,
    pageErrors,
    failedRequests,
    /** Fails the test if the page logged an error or threw. */
    assertNoErrors() {
      assert.deepEqual(
        { consoleErrors, pageErrors },
        { consoleErrors: [], pageErrors: [] },
        'the page logged errors',
      );
    },
    close: () => context.close(),
  };
}
