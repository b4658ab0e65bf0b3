// The console collector: what a page said while a test ran. Every session
// of the harness has one (`s.log`); watchConsole(page) makes one for any
// other page.
//
//   s.log.errors, s.log.warnings     // console.error / console.warn texts
//   s.log.pageErrors                 // uncaught exceptions
//   s.log.failedRequests             // 'url: reason'
//   s.log.dialogs                    // 'alert: text' (dismissed)
//   const w = s.log.since();         // the same, from now on only
//   w.warningsMatching(/storage/)    // filtered texts
//   w.assertWarnings([/invalid lang=/, 1], [/invalid theme=/, 1]); // these counts, no other warning
//   s.log.assertNoErrors();          // no console error, no uncaught exception
import assert from 'node:assert/strict';

/** Starts recording console errors and warnings, page errors, failed requests and dialogs of `page`. */
export function watchConsole(page) {
  const entries = [];
  const add = (kind, text) => entries.push({ kind, text });
  page.on('console', (msg) => {
    const type = msg.type();
    if (type === 'warning') add('warning', msg.text());
    if (type !== 'error') return;
    // Chromium asks for /favicon.ico on its own; a page without one is no app error.
    if (/\/favicon\.ico$/.test(msg.location().url) && msg.text().startsWith('Failed to load resource')) return;
    add('error', msg.text());
  });
  page.on('pageerror', (err) => add('pageerror', String(err?.stack ?? err)));
  page.on('requestfailed', (req) => add('requestfailed', `${req.url()}: ${req.failure()?.errorText ?? 'failed'}`));
  page.on('dialog', (dialog) => {
    add('dialog', `${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return view(entries, 0);
}

/** The entries of `entries` from index `from` on, read live. */
function view(entries, from) {
  const of = (kind) => entries.slice(from).filter((e) => e.kind === kind).map((e) => e.text);
  const log = {
    get errors() {
      return of('error');
    },
    get warnings() {
      return of('warning');
    },
    get pageErrors() {
      return of('pageerror');
    },
    get failedRequests() {
      return of('requestfailed');
    },
    get dialogs() {
      return of('dialog');
    },
    /** What is recorded from now on. */
    since: () => view(entries, entries.length),
    errorsMatching: (re) => log.errors.filter((e) => re.test(e)),
    warningsMatching: (re) => log.warnings.filter((w) => re.test(w)),
    /** A one-line summary for failure messages and diagnostics. */
    describe: () => JSON.stringify({ console: log.errors, page: log.pageErrors }),
    /** Fails if the page logged a console error or threw. */
    assertNoErrors(message = 'the page logged errors') {
      assert.deepEqual(
        { consoleErrors: log.errors, pageErrors: log.pageErrors },
        { consoleErrors: [], pageErrors: [] },
        message,
      );
    },
    /**
     * Fails unless, for each [pattern, count], exactly `count` warnings match,
     * and there is no other warning. Returns the matching texts per pattern.
     */
    assertWarnings(...expected) {
      const all = log.warnings;
      const found = expected.map(([re, count]) => {
        const matching = all.filter((w) => re.test(w));
        assert.equal(matching.length, count, `${count} warning(s) matching ${re}: ${JSON.stringify(all)}`);
        return matching;
      });
      const total = expected.reduce((sum, [, count]) => sum + count, 0);
      assert.equal(all.length, total, `no other warnings: ${JSON.stringify(all)}`);
      return found;
    },
  };
  return log;
}
