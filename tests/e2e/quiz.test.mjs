// End-to-end tests of the quiz in dist/ (build it first: bash scripts/build.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/browser.mjs';
import { useSuite } from './support/suite.mjs';
import {
  TEXT,
  QUESTIONS,
  expectedResult,
  widget,
  button,
  languageButton,
  heading,
  visible,
  settle,
  openQuiz,
  startQuiz,
  expectQuestion,
  checkedAnswer,
  choose,
  clickNext,
  answerAll,
  readResult,
  tabTo,
  answerByKeyboard,
} from './support/quiz.mjs';

const suite = useSuite('index.html');

async function run(page, lang, answers) {
  await openQuiz(page, suite.server.url, lang);
  await startQuiz(page, lang);
  return answerAll(page, answers, lang);
}

const ALL_YES = Array(QUESTIONS).fill('yes');

test('(a) mouse, de: all yes → ready, 16 points; restart goes back to the intro', async () => {
  const { page } = suite.session;
  assert.deepEqual(await run(page, 'de', ALL_YES), { verdict: 'ready', score: 16 });
  await button(page, TEXT.de.restart).click();
  await visible(heading(page, TEXT.de.introHeading), 'intro heading after restart');
  await visible(button(page, TEXT.de.start), 'start button after restart');
});

test('(b) mouse, en: yes/partly mix → train, 13 points', async () => {
  const answers = ['yes', 'partly', 'yes', 'partly', 'partly', 'yes', 'yes', 'yes'];
  assert.deepEqual(expectedResult(answers), { verdict: 'train', score: 13 });
  assert.deepEqual(await run(suite.session.page, 'en', answers), { verdict: 'train', score: 13 });
});

test('(c) no on case 1, rest yes → hands-off, 14 points', async () => {
  const answers = ['no', ...Array(QUESTIONS - 1).fill('yes')];
  assert.deepEqual(expectedResult(answers), { verdict: 'hands-off', score: 14 });
  assert.deepEqual(await run(suite.session.page, 'de', answers), { verdict: 'hands-off', score: 14 });
});

test('(c2) more scoring cases (en): no on case 2; three no; one no → train', async () => {
  const cases = [
    ['yes', 'no', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'],
    ['yes', 'yes', 'no', 'no', 'no', 'yes', 'yes', 'yes'],
    ['yes', 'yes', 'yes', 'no', 'yes', 'yes', 'yes', 'yes'],
    ['partly', 'partly', 'partly', 'yes', 'yes', 'yes', 'yes', 'yes'],
  ];
  for (const answers of cases) {
    // A fresh context each time: the widget keeps progress in sessionStorage.
    const fresh = await openPage(suite.browser);
    try {
      await openQuiz(fresh.page, suite.server.url, 'en');
      await startQuiz(fresh.page, 'en');
      assert.deepEqual(await answerAll(fresh.page, answers, 'en'), expectedResult(answers), answers.join(','));
    } finally {
      await fresh.close();
    }
  }
});

for (const lang of ['en', 'de']) {
  test(`(d) keyboard only, ${lang}: Tab, arrows/Space and Enter reach the result`, async () => {
    const { page } = suite.session;
    const t = TEXT[lang];
    const answers = ['yes', 'partly', 'no', 'yes', 'partly', 'yes', 'no', 'yes'];
    await openQuiz(page, suite.server.url, lang);
    await tabTo(page, button(page, t.start), `the "${t.start}" button`);
    await page.keyboard.press('Enter');
    for (let n = 1; n <= QUESTIONS; n++) await answerByKeyboard(page, n, answers[n - 1], lang);
    assert.deepEqual(await readResult(page, lang), expectedResult(answers));
  });
}

for (const lang of ['de', 'en']) {
  test(`Next without a choice shows the hint and stays on the question (${lang})`, async () => {
    const { page } = suite.session;
    await openQuiz(page, suite.server.url, lang);
    await startQuiz(page, lang);
    await clickNext(page, 1, lang);
    await visible(widget(page).getByText(TEXT[lang].required), `hint "${TEXT[lang].required}"`);
    await settle(page);
    await expectQuestion(page, 1, lang);
    // Choosing an answer then lets the user go on.
    await choose(page, 'yes', lang);
    await clickNext(page, 1, lang);
    await expectQuestion(page, 2, lang);
  });
}

test('(e) Back keeps the previous answer checked, and it can be changed', async () => {
  const { page } = suite.session;
  const t = TEXT.de;
  await openQuiz(page, suite.server.url, 'de');
  await startQuiz(page, 'de');
  await choose(page, 'no', 'de');
  await clickNext(page, 1, 'de');
  await expectQuestion(page, 2, 'de');
  await button(page, t.back).click();
  await expectQuestion(page, 1, 'de');
  assert.equal(await checkedAnswer(page, 'de'), 'no', 'answer kept after Back');
  await choose(page, 'yes', 'de');
  await clickNext(page, 1, 'de');
  await expectQuestion(page, 2, 'de');
  await button(page, t.back).click();
  await expectQuestion(page, 1, 'de');
  assert.equal(await checkedAnswer(page, 'de'), 'yes', 'changed answer kept');
  // The change counts: all yes now gives ready/16, the old "no" would give hands-off.
  assert.deepEqual(await answerAll(page, ALL_YES, 'de'), { verdict: 'ready', score: 16 });
});

test('(f) switching language mid-quiz keeps the position and the answers', async () => {
  const { page } = suite.session;
  await openQuiz(page, suite.server.url, 'de');
  const de = languageButton(page, 'de');
  const en = languageButton(page, 'en');
  assert.equal(await de.getAttribute('aria-pressed'), 'true');
  assert.equal(await en.getAttribute('aria-pressed'), 'false');

  await startQuiz(page, 'de');
  await visible(widget(page).getByRole('group', { name: TEXT.de.question1, exact: true }), 'question 1 named in German');
  await choose(page, 'yes', 'de');
  await clickNext(page, 1, 'de');
  await expectQuestion(page, 2, 'de');
  await choose(page, 'partly', 'de');
  await clickNext(page, 2, 'de');
  await expectQuestion(page, 3, 'de');
  await choose(page, 'no', 'de');

  await en.click();
  await expectQuestion(page, 3, 'en');
  assert.equal(await en.getAttribute('aria-pressed'), 'true');
  assert.equal(await de.getAttribute('aria-pressed'), 'false');
  assert.equal(await checkedAnswer(page, 'en'), 'no', 'current choice kept across the switch');
  await button(page, TEXT.en.back).click();
  await expectQuestion(page, 2, 'en');
  assert.equal(await checkedAnswer(page, 'en'), 'partly');
  await button(page, TEXT.en.back).click();
  await expectQuestion(page, 1, 'en');
  await visible(widget(page).getByRole('group', { name: TEXT.en.question1, exact: true }), 'question 1 named in English');
  assert.equal(await checkedAnswer(page, 'en'), 'yes');

  await de.click();
  await expectQuestion(page, 1, 'de');
  assert.equal(await checkedAnswer(page, 'de'), 'yes');
});

test('(g) double-clicking Next never skips a question', async () => {
  const { page } = suite.session;
  await openQuiz(page, suite.server.url, 'en');
  await startQuiz(page, 'en');
  await choose(page, 'yes', 'en');
  await button(page, TEXT.en.next).dblclick();
  await settle(page);
  await expectQuestion(page, 2, 'en');
});

test(
  '(g2) double-clicking Next on a revisited question does not skip the next, already answered one',
  // The second click of a double click lands on the re-rendered question 2
  // and is ignored (MouseEvent.detail > 1), not taken as "Next" on it.
  {},
  async () => {
    const { page } = suite.session;
    await openQuiz(page, suite.server.url, 'en');
    await startQuiz(page, 'en');
    await choose(page, 'yes', 'en');
    await clickNext(page, 1, 'en');
    await expectQuestion(page, 2, 'en');
    await choose(page, 'yes', 'en');
    await button(page, TEXT.en.back).click();
    await expectQuestion(page, 1, 'en');
    await button(page, TEXT.en.next).dblclick();
    await settle(page);
    await expectQuestion(page, 2, 'en');
  },
);

test('(h) a full run in both languages logs no console errors and throws no page errors', async () => {
  const { page } = suite.session;
  assert.deepEqual(await run(page, 'de', ALL_YES), { verdict: 'ready', score: 16 });
  await languageButton(page, 'en').click();
  await visible(heading(page, TEXT.en.resultHeading), 'result heading in English after the switch');
  await button(page, TEXT.en.restart).click();
  await startQuiz(page, 'en');
  await answerAll(page, ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'no'], 'en');
  await settle(page);
  suite.session.assertNoErrors();
  assert.deepEqual(suite.session.failedRequests, [], 'failed requests');
  assert.ok(suite.server.requests.some((r) => r.endsWith('.wasm')), 'the page loaded a .wasm file');
});
