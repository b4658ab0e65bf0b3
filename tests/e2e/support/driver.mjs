// The one driver: moves through the quiz the way a person does, by role and
// accessible name, inside the open shadow root of one <startklar-quiz>
// (getByRole pierces it), on the standalone page, among several widgets, or
// inside an iframe. playwright-core has no `expect`, so waits are explicit.
//
//   const q = quiz(page.locator('#quiz-de'), 'de');   // page.locator('startklar-quiz') on the standalone page,
//                                                     // page.frameLocator('iframe').locator('startklar-quiz') in an iframe
//   await q.intro();  await q.start();  await q.answer(['yes', 'partly', …]);
//   const { verdict, score } = await q.result();
//   q.in('en')                                        // the same widget, read in English
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { TEXT } from './text.mjs';
import { QUESTIONS, ANSWERS } from './formats.mjs';

export { TEXT } from './text.mjs';
export { QUESTIONS, ANSWERS, ANSWER_SETS, expectedResult } from './formats.mjs';

const exact = (name) => ({ name, exact: true });

/** Resolves once `locator` (first match) is visible; `what` names it in the error. */
export async function visible(locator, what, timeout) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (err) {
    throw new Error(`not visible: ${what}\n${err.message.split('\n')[0]}`);
  }
}

/** Lets the page finish a render: two animation frames and a short timeout. */
export const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  );

/** Polls `fn` (async, returns truthy when done) until it holds or `timeout` ms pass; returns its value. */
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

// ---- keyboard ----

/** Index of the focused element (looking through shadow roots) among `locator`'s matches, or -1. */
function focusedIndex(locator) {
  return locator.evaluateAll((els) => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return els.indexOf(a);
  });
}

/** Is `locator`'s element the focused one (looking through shadow roots)? */
export const isFocused = async (locator) => (await focusedIndex(locator)) === 0;

/** Presses `key` (at most `max` times) until `locator`, one element, has focus. */
export async function tabTo(page, locator, what, max = 25, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    if ((await locator.count()) === 1 && (await isFocused(locator))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`keyboard: ${max} ${key} presses never reached ${what}`);
}

// ---- the driver ----

/**
 * The driver of the widget `scope` (a Locator of one <startklar-quiz>) read
 * in `lang` ('de' or 'en', or `packTexts(pack)` of a content pack). Locators: button(name), heading(name, level),
 * group(), radio(answer), progress(n), status(text), alert(), checkboxes(),
 * textbox(name), img(name). Steps (each waits for what it leads to): intro(),
 * start(), question(n), choose(answer), next(n), back(), answer(answers,
 * from), answerFirst(), run(answers), result(), checked(), chooseByKeyboard(answer),
 * answerByKeyboard(n, answer), download(buttonName).
 */
export function quiz(scope, lang) {
  // A language code of a built-in pack, or the texts of any pack (packTexts).
  const t = typeof lang === 'string' ? TEXT[lang] : lang;
  const page = scope.page();
  const q = {
    t,
    lang: t.lang,
    scope,
    page,
    /** The same widget, read in another language. */
    in: (other) => quiz(scope, other),

    button: (name) => scope.getByRole('button', exact(name)),
    heading: (name, level) => scope.getByRole('heading', level ? { ...exact(name), level } : exact(name)),
    /** The fieldset of the current question (the one group holding radios). */
    group: () => scope.getByRole('group').filter({ has: page.getByRole('radio') }),
    radio: (answer) => q.group().getByRole('radio', exact(t.answer[answer])),
    /** The labelled <progress> ("Frage 3 von 8"), one per question screen. */
    progress: (n) => scope.getByRole('progressbar', exact(t.progress(n))),
    /** A status line of the widget that says `text` (a string or RegExp). */
    status: (text) => scope.getByRole('status').filter({ hasText: text }),
    alert: () => scope.getByRole('alert'),
    /** The training plan's steps. */
    checkboxes: () => scope.getByRole('checkbox'),
    textbox: (name) => scope.getByRole('textbox', exact(name)),
    img: (name) => (name ? scope.getByRole('img', exact(name)) : scope.getByRole('img')),
    /** The data-verdict of the result, or null. */
    verdict: () => scope.locator('[data-verdict]').first().getAttribute('data-verdict'),

    /** Waits for the mounted intro: its h2 and the start button (the wasm may still be loading). */
    async intro(timeout = 20_000) {
      await visible(q.heading(t.introHeading, 2), `intro heading "${t.introHeading}" (h2)`, timeout);
      await visible(q.button(t.start), `start button "${t.start}"`);
    },
    /** Clicks the start button; waits for question 1. */
    async start() {
      await q.button(t.start).click();
      await q.question(1);
    },
    /** The question numbers ("Frage N von 8") visible right now. */
    async shownQuestions() {
      const texts = await scope.getByText(t.progressRe).filter({ visible: true }).allInnerTexts();
      return [...new Set(texts.map((x) => Number(t.progressRe.exec(x)[1])))];
    },
    /** Waits for question n, then checks it is the only one shown, with its three answers. */
    async question(n) {
      try {
        await visible(q.progress(n), `"${t.progress(n)}"`);
      } catch (err) {
        const shown = await q.shownQuestions().catch(() => []);
        err.message += `\n(question numbers shown in ${t.lang}: ${JSON.stringify(shown)})`;
        throw err;
      }
      await visible(q.group(), `the question group of question ${n}`);
      assert.equal(await scope.getByRole('progressbar').count(), 1, 'exactly one question shown');
      assert.equal(await scope.getByRole('radio').count(), 3, 'three answers (yes, partly, no)');
      assert.deepEqual(await q.shownQuestions(), [n], 'exactly one question shown');
    },
    /** The answer checked in the current question, or null. */
    async checked() {
      for (const a of ANSWERS) if (await q.radio(a).isChecked()) return a;
      return null;
    },
    choose: (answer) => q.radio(answer).check(),
    /** Clicks Next (or the result button on the last question) of question n. */
    next: (n) => q.button(n === QUESTIONS ? t.finish : t.next).click(),
    back: () => q.button(t.back).click(),
    /** Answers questions `from`, `from` + 1, … with the mouse. */
    async answer(answers, from = 1) {
      for (const [i, answer] of answers.entries()) {
        await q.question(from + i);
        await q.choose(answer);
        await q.next(from + i);
      }
    },
    /** From the intro: starts, answers question 1 and reaches question 2 (the widget works). */
    async answerFirst() {
      await q.start();
      await q.answer(['yes']);
      await q.question(2);
    },
    /** From the intro: all eight answers with the mouse; returns the result. */
    async run(answers) {
      assert.equal(answers.length, QUESTIONS);
      await q.start();
      await q.answer(answers);
      return q.result();
    },
    /** Waits for the result; returns { verdict, score }. */
    async result(timeout) {
      await visible(q.heading(t.resultHeading), `result heading "${t.resultHeading}"`, timeout);
      const verdict = await q.verdict();
      const scoreText = await scope.getByText(t.scoreRe).filter({ visible: true }).first().innerText();
      return { verdict, score: Number(t.scoreRe.exec(scoreText)[1]) };
    },

    /**
     * Chooses `answer` in the current question with the keyboard only: Tab
     * into the radio group, then arrow keys (which move and check) or Space.
     */
    async chooseByKeyboard(answer) {
      const radios = q.group().getByRole('radio');
      let current = -1;
      for (let i = 0; i < 25 && current < 0; i++) {
        current = await focusedIndex(radios);
        if (current < 0) await page.keyboard.press('Tab');
      }
      if (current < 0) throw new Error('keyboard: 25 Tabs never reached a radio of the question');
      const wanted = await q.radio(answer).elementHandle();
      const target = await radios.evaluateAll((els, w) => els.indexOf(w), wanted);
      if (target === current) await page.keyboard.press('Space');
      for (let i = current; i < target; i++) await page.keyboard.press('ArrowDown');
      for (let i = current; i > target; i--) await page.keyboard.press('ArrowUp');
      await settle(page);
      assert.equal(await q.checked(), answer, `keyboard choice of "${answer}"`);
    },
    /** Answers question n by keyboard, then Tab to Next and Enter. */
    async answerByKeyboard(n, answer) {
      await q.question(n);
      await q.chooseByKeyboard(answer);
      const name = n === QUESTIONS ? t.finish : t.next;
      await tabTo(page, q.button(name), `the "${name}" button`);
      await page.keyboard.press('Enter');
    },

    /** Clicks the button `name` and returns { name, bytes } of the download it starts. */
    async download(name) {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), q.button(name).click()]);
      assert.equal(await file.failure(), null, `download of ${file.suggestedFilename()} failed`);
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    },
  };
  return q;
}

/** Drivers of the widgets `#id` of `page`, in order: quizzes(page, { 'quiz-de': 'de', 'quiz-en': 'en' }). */
export const quizzes = (page, langs) => Object.entries(langs).map(([id, lang]) => quiz(page.locator(`#${id}`), lang));

/** quizzes(), each waited for at its intro. */
export async function atIntro(page, langs) {
  const drivers = quizzes(page, langs);
  for (const q of drivers) await q.intro();
  return drivers;
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

/** The rendered widgets (.sk roots in the shadow root) of each <startklar-quiz> of `frame`, in order. */
export const widgetCounts = (frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('startklar-quiz')].map((el) => el.shadowRoot?.querySelectorAll('.sk').length ?? 0),
  );
