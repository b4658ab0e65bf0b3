// Helpers that drive the quiz the way a person does: by role and accessible
// name, inside the open shadow root of <startklar-quiz> (getByRole pierces it).
// playwright-core has no `expect`, so waits are explicit (locator.waitFor).
import assert from 'node:assert/strict';

export const QUESTIONS = 8;
export const ANSWERS = ['yes', 'partly', 'no'];

export const TEXT = {
  de: {
    language: 'Deutsch',
    introHeading: 'Sind Sie startklar?',
    start: 'Quiz starten',
    progress: (n) => `Frage ${n} von ${QUESTIONS}`,
    progressRe: new RegExp(`Frage (\\d+) von ${QUESTIONS}`),
    question1: 'Haben Sie ein konkretes, erreichbares Ziel für Social Media?',
    answer: { yes: 'Ja', partly: 'Teilweise', no: 'Nein' },
    next: 'Weiter',
    finish: 'Zum Ergebnis',
    back: 'Zurück',
    required: 'Bitte wählen Sie eine Antwort.',
    resultHeading: 'Ihr Ergebnis',
    scoreRe: /(\d+) von 16 Punkten/,
    restart: 'Neu starten',
  },
  en: {
    language: 'English',
    introHeading: 'Are you ready to start?',
    start: 'Start the quiz',
    progress: (n) => `Question ${n} of ${QUESTIONS}`,
    progressRe: new RegExp(`Question (\\d+) of ${QUESTIONS}`),
    question1: 'Do you have a concrete, achievable goal for social media?',
    answer: { yes: 'Yes', partly: 'Partly', no: 'No' },
    next: 'Next',
    finish: 'See my result',
    back: 'Back',
    required: 'Please choose an answer.',
    resultHeading: 'Your result',
    scoreRe: /(\d+) of 16 points/,
    restart: 'Start again',
  },
};

/** The scoring contract: yes 2, partly 1, no 0; cases 1 and 2 are knock-outs. */
export function expectedResult(answers) {
  assert.equal(answers.length, QUESTIONS);
  const score = answers.reduce((s, a) => s + { yes: 2, partly: 1, no: 0 }[a], 0);
  const noCount = answers.filter((a) => a === 'no').length;
  const partlyCount = answers.filter((a) => a === 'partly').length;
  let verdict = 'train';
  if (answers[0] === 'no' || answers[1] === 'no' || noCount >= 3) verdict = 'hands-off';
  else if (noCount === 0 && partlyCount <= 2) verdict = 'ready';
  return { verdict, score };
}

export const widget = (page) => page.locator('startklar-quiz');

const exact = (name) => ({ name, exact: true });

export const button = (page, name) => widget(page).getByRole('button', exact(name));
/** "Deutsch" / "English": looked up page-wide, in case they sit outside the widget. */
export const languageButton = (page, lang) => page.getByRole('button', exact(TEXT[lang].language));
export const heading = (page, name) => widget(page).getByRole('heading', exact(name));
/** The fieldset holding the current question's radios. */
export const questionGroup = (page) =>
  widget(page).getByRole('group').filter({ has: page.getByRole('radio') });
export const radio = (page, answer, lang) =>
  questionGroup(page).getByRole('radio', exact(TEXT[lang].answer[answer]));

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

/** Opens index.html?lang=… on `baseUrl` and waits for the intro. */
export async function openQuiz(page, baseUrl, lang) {
  await page.goto(new URL(`index.html?lang=${lang}`, baseUrl).href);
  await visible(heading(page, TEXT[lang].introHeading), `intro heading "${TEXT[lang].introHeading}"`, 20_000);
}

export async function startQuiz(page, lang) {
  await button(page, TEXT[lang].start).click();
  await expectQuestion(page, 1, lang);
}

/** The question numbers ("Frage N von 8") visible right now. */
export async function visibleQuestionNumbers(page, lang) {
  const texts = await widget(page)
    .getByText(TEXT[lang].progressRe)
    .filter({ visible: true })
    .allInnerTexts();
  return [...new Set(texts.map((t) => Number(TEXT[lang].progressRe.exec(t)[1])))];
}

/** Waits for question n, then checks it is the only one shown. */
export async function expectQuestion(page, n, lang) {
  try {
    await visible(widget(page).getByText(TEXT[lang].progress(n)), `"${TEXT[lang].progress(n)}"`);
  } catch (err) {
    const shown = await visibleQuestionNumbers(page, lang).catch(() => []);
    err.message += `\n(question numbers shown in ${lang}: ${JSON.stringify(shown)})`;
    throw err;
  }
  await visible(questionGroup(page), `the question group of question ${n}`);
  assert.deepEqual(await visibleQuestionNumbers(page, lang), [n], 'exactly one question shown');
}

/** The answer checked in the current question, or null. */
export async function checkedAnswer(page, lang) {
  for (const a of ANSWERS) if (await radio(page, a, lang).isChecked()) return a;
  return null;
}

export async function choose(page, answer, lang) {
  await radio(page, answer, lang).check();
}

/** Clicks Next (or "See my result" on the last question). */
export async function clickNext(page, n, lang) {
  await button(page, n === QUESTIONS ? TEXT[lang].finish : TEXT[lang].next).click();
}

/** From question 1, answers all questions with the mouse and waits for the result. */
export async function answerAll(page, answers, lang) {
  assert.equal(answers.length, QUESTIONS);
  for (let n = 1; n <= QUESTIONS; n++) {
    await expectQuestion(page, n, lang);
    await choose(page, answers[n - 1], lang);
    await clickNext(page, n, lang);
  }
  return readResult(page, lang);
}

/** Waits for the result view and returns { verdict, score }. */
export async function readResult(page, lang) {
  const t = TEXT[lang];
  await visible(heading(page, t.resultHeading), `result heading "${t.resultHeading}"`);
  const verdict = await widget(page).locator('[data-verdict]').first().getAttribute('data-verdict');
  const scoreText = await widget(page).getByText(t.scoreRe).filter({ visible: true }).first().innerText();
  return { verdict, score: Number(t.scoreRe.exec(scoreText)[1]) };
}

// ---- keyboard ----

/** Is `locator`'s element the focused one (looking through shadow roots)? */
export function isFocused(locator) {
  return locator.evaluate((el) => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === el;
  });
}

/** Index of the focused element among `locator`'s matches, or -1. */
function focusedIndex(locator) {
  return locator.evaluateAll((els) => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return els.indexOf(a);
  });
}

/** Presses Tab (at most `max` times) until `locator` has focus. */
export async function tabTo(page, locator, what, max = 25) {
  for (let i = 0; i < max; i++) {
    if ((await locator.count()) === 1 && (await isFocused(locator))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`keyboard: ${max} Tabs never reached ${what}`);
}

/**
 * Chooses `answer` in the current question with the keyboard only: Tab into
 * the radio group, then arrow keys (which move and check) or Space.
 */
export async function chooseByKeyboard(page, answer, lang) {
  const radios = questionGroup(page).getByRole('radio');
  let current = -1;
  for (let i = 0; i < 25 && current < 0; i++) {
    current = await focusedIndex(radios);
    if (current < 0) await page.keyboard.press('Tab');
  }
  if (current < 0) throw new Error('keyboard: 25 Tabs never reached a radio of the question');
  const wanted = await radio(page, answer, lang).elementHandle();
  const target = await radios.evaluateAll((els, w) => els.indexOf(w), wanted);
  if (target === current) await page.keyboard.press('Space');
  for (let i = current; i < target; i++) await page.keyboard.press('ArrowDown');
  for (let i = current; i > target; i--) await page.keyboard.press('ArrowUp');
  await settle(page);
  assert.equal(await checkedAnswer(page, lang), answer, `keyboard choice of "${answer}"`);
}

/** Answers question n by keyboard, then Tab to Next and Enter. */
export async function answerByKeyboard(page, n, answer, lang) {
  const t = TEXT[lang];
  await expectQuestion(page, n, lang);
  await chooseByKeyboard(page, answer, lang);
  const name = n === QUESTIONS ? t.finish : t.next;
  await tabTo(page, button(page, name), `the "${name}" button`);
  await page.keyboard.press('Enter');
}
