// Helpers for the embed tests (tests/e2e/embed.test.mjs): drive one
// <startklar-quiz> instance among several, by role and accessible name inside
// its open shadow root, and look at what the host page sees (events, console
// warnings, computed styles, virtual test pages on the same origin).
//
// quiz.mjs drives "the" widget of a page (page.locator('startklar-quiz'));
// these helpers take a scope for one instance instead (a Locator of the host
// element, or a FrameLocator for the iframe variant), e.g.
//   const de = page.locator('#quiz-de');
//   await startIn(de, 'de');  await answerIn(de, ['yes', …], 'de');
import assert from 'node:assert/strict';
import { TEXT, QUESTIONS, visible } from './quiz.mjs';

const exact = (name) => ({ name, exact: true });

export const buttonIn = (scope, name) => scope.getByRole('button', exact(name));
/** "Zurück" / "Back" (its "‹" arrow is decoration, not part of the name). */
export const backButtonIn = (scope, lang) => buttonIn(scope, TEXT[lang].back);
export const headingIn = (scope, name) => scope.getByRole('heading', exact(name));
/**
 * A radio of the current question. Only the question screen has radios, so
 * no group filter is needed (and this also works in a frameLocator scope).
 */
export const radioIn = (scope, answer, lang) => scope.getByRole('radio', exact(TEXT[lang].answer[answer]));
/** The labelled <progress> ("Frage 3 von 8"), one per question screen. */
export const progressIn = (scope, n, lang) => scope.getByRole('progressbar', exact(TEXT[lang].progress(n)));

/** Waits for the intro of `scope` in `lang` (the wasm may still be loading). */
export async function expectIntroIn(scope, lang, timeout = 20_000) {
  await visible(headingIn(scope, TEXT[lang].introHeading), `intro heading "${TEXT[lang].introHeading}"`, timeout);
}

/** Waits for question n of `scope` and checks that no other question is shown. */
export async function expectQuestionIn(scope, n, lang) {
  await visible(progressIn(scope, n, lang), `"${TEXT[lang].progress(n)}"`);
  await visible(scope.getByRole('radio'), `the answers of question ${n}`);
  assert.equal(await scope.getByRole('progressbar').count(), 1, 'exactly one question shown');
  assert.equal(await scope.getByRole('radio').count(), 3, 'three answers (yes, partly, no)');
}

export async function startIn(scope, lang) {
  await buttonIn(scope, TEXT[lang].start).click();
  await expectQuestionIn(scope, 1, lang);
}

/** The checked answer of the current question in `scope`, or null. */
export async function checkedIn(scope, lang) {
  for (const a of ['yes', 'partly', 'no']) if (await radioIn(scope, a, lang).isChecked()) return a;
  return null;
}

/** Answers question `from` onwards with the mouse (Next / the result button). */
export async function answerIn(scope, answers, lang, from = 1) {
  const t = TEXT[lang];
  for (const [i, answer] of answers.entries()) {
    const n = from + i;
    await expectQuestionIn(scope, n, lang);
    await radioIn(scope, answer, lang).check();
    await buttonIn(scope, n === QUESTIONS ? t.finish : t.next).click();
  }
}

/** Waits for the result of `scope`; returns its data-verdict. */
export async function resultVerdictIn(scope, lang) {
  await visible(headingIn(scope, TEXT[lang].resultHeading), `result heading "${TEXT[lang].resultHeading}"`);
  return scope.locator('[data-verdict]').first().getAttribute('data-verdict');
}

/**
 * Computed style properties of the first element matching `selector` inside
 * the shadow root of the host `scope`; `props` are CSS property names.
 */
export function shadowStyle(scope, selector, props) {
  return scope.evaluate(
    (host, [selector, props]) => {
      const el = host.shadowRoot?.querySelector(selector);
      if (!el) return null;
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    },
    [selector, props],
  );
}

/**
 * Starts recording `startklar-answer` and `startklar-complete` on `document`
 * (detail, bubbles, composed, the phase at document, the target's id);
 * returns a function that reads what was recorded so far.
 */
export async function recordEvents(page) {
  await page.evaluate(() => {
    const log = [];
    Object.defineProperty(window, '__startklarTestEvents', { value: log });
    for (const type of ['startklar-answer', 'startklar-complete']) {
      document.addEventListener(type, (e) =>
        log.push({
          type,
          detail: JSON.parse(JSON.stringify(e.detail)),
          bubbles: e.bubbles,
          composed: e.composed,
          atDocumentInPhase: e.eventPhase,
          target: e.target?.id ?? null,
        }),
      );
    }
  });
  return () => page.evaluate(() => window.__startklarTestEvents.slice());
}

/** Collects console messages of `type` (e.g. 'warning') from now on. */
export function collectConsole(page, type) {
  const texts = [];
  page.on('console', (msg) => {
    if (msg.type() === type) texts.push(msg.text());
  });
  return texts;
}

/**
 * Serves `html` at `url` (on the test server's origin, so relative URLs such
 * as ../startklar.js reach the real dist/) for every page of `context`.
 */
export function virtualPage(context, url, html) {
  return context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/** Polls `fn` (async, returns truthy when done) until it holds or `timeout` ms pass. */
export async function until(fn, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeout} ms: ${what} (last: ${JSON.stringify(last)})`);
}
