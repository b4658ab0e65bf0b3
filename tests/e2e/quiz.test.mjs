// End-to-end tests of the quiz on the standalone page of the build (dist/,
// build it first: bash scripts/build.sh): scoring, keyboard, the missing-
// answer hint, Back, the language switch, double clicks, a clean console.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness } from './support/harness.mjs';
import { quiz, TEXT, QUESTIONS, ANSWER_SETS, expectedResult, visible, settle, tabTo } from './support/driver.mjs';

const h = useHarness({ needs: 'index.html' });

/** A fresh session on the standalone page in `lang`, at the intro: the driver. */
async function openQuiz(lang) {
  const s = await h.visit(`index.html?lang=${lang}`);
  const q = quiz(s.page.locator('startklar-quiz'), lang);
  await q.intro();
  return { s, q };
}

const ALL_YES = ANSWER_SETS.ready;

test('(a) mouse, de: all yes → ready, 16 points; restart goes back to the intro', async () => {
  const { q } = await openQuiz('de');
  assert.deepEqual(await q.run(ALL_YES), { verdict: 'ready', score: 16 });
  await q.button(q.t.restart).click();
  await visible(q.heading(q.t.introHeading), 'intro heading after restart');
  await visible(q.button(q.t.start), 'start button after restart');
});

// Each run in a fresh context: the widget keeps progress in sessionStorage.
const SCORING = [
  ['(b) mouse, en: yes/partly mix → train, 13 points', 'en', ANSWER_SETS.train, { verdict: 'train', score: 13 }],
  ['(c) no on case 1, rest yes → hands-off, 14 points', 'de', ANSWER_SETS['hands-off'], { verdict: 'hands-off', score: 14 }],
  ['(c2) more scoring cases (en): no on case 2', 'en', ['yes', 'no', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']],
  ['(c2) more scoring cases (en): three no', 'en', ['yes', 'yes', 'no', 'no', 'no', 'yes', 'yes', 'yes']],
  ['(c2) more scoring cases (en): one no → train', 'en', ['yes', 'yes', 'yes', 'no', 'yes', 'yes', 'yes', 'yes']],
  ['(c2) more scoring cases (en): three partly → train', 'en', ['partly', 'partly', 'partly', 'yes', 'yes', 'yes', 'yes', 'yes']],
];
for (const [name, lang, answers, expected] of SCORING) {
  test(name, async () => {
    if (expected) assert.deepEqual(expectedResult(answers), expected);
    const { q } = await openQuiz(lang);
    assert.deepEqual(await q.run(answers), expectedResult(answers), answers.join(','));
  });
}

for (const lang of ['en', 'de']) {
  test(`(d) keyboard only, ${lang}: Tab, arrows/Space and Enter reach the result`, async () => {
    const { s, q } = await openQuiz(lang);
    const answers = ['yes', 'partly', 'no', 'yes', 'partly', 'yes', 'no', 'yes'];
    await tabTo(s.page, q.button(q.t.start), `the "${q.t.start}" button`);
    await s.page.keyboard.press('Enter');
    for (let n = 1; n <= QUESTIONS; n++) await q.answerByKeyboard(n, answers[n - 1]);
    assert.deepEqual(await q.result(), expectedResult(answers));
  });
}

for (const lang of ['de', 'en']) {
  test(`Next without a choice shows the hint and stays on the question (${lang})`, async () => {
    const { s, q } = await openQuiz(lang);
    await q.start();
    await q.next(1);
    await visible(q.scope.getByText(q.t.required), `hint "${q.t.required}"`);
    await settle(s.page);
    await q.question(1);
    // Choosing an answer then lets the user go on.
    await q.choose('yes');
    await q.next(1);
    await q.question(2);
  });
}

test('(e) Back keeps the previous answer checked, and it can be changed', async () => {
  const { q } = await openQuiz('de');
  await q.start();
  for (const [answer, what] of [['no', 'answer kept after Back'], ['yes', 'changed answer kept']]) {
    await q.choose(answer);
    await q.next(1);
    await q.question(2);
    await q.back();
    await q.question(1);
    assert.equal(await q.checked(), answer, what);
  }
  // The change counts: all yes now gives ready/16, the old "no" would give hands-off.
  await q.answer(ALL_YES);
  assert.deepEqual(await q.result(), { verdict: 'ready', score: 16 });
});

test('(f) switching language mid-quiz keeps the position and the answers', async () => {
  const { q: de } = await openQuiz('de');
  const en = de.in('en');
  const deButton = de.button(TEXT.de.language);
  const enButton = de.button(TEXT.en.language);
  assert.equal(await deButton.getAttribute('aria-pressed'), 'true');
  assert.equal(await enButton.getAttribute('aria-pressed'), 'false');

  await de.start();
  await visible(de.scope.getByRole('group', { name: TEXT.de.questions[0], exact: true }), 'question 1 named in German');
  await de.answer(['yes', 'partly']);
  await de.question(3);
  await de.choose('no');

  await enButton.click();
  await en.question(3);
  assert.equal(await enButton.getAttribute('aria-pressed'), 'true');
  assert.equal(await deButton.getAttribute('aria-pressed'), 'false');
  assert.equal(await en.checked(), 'no', 'current choice kept across the switch');
  await en.back();
  await en.question(2);
  assert.equal(await en.checked(), 'partly');
  await en.back();
  await en.question(1);
  await visible(en.scope.getByRole('group', { name: TEXT.en.questions[0], exact: true }), 'question 1 named in English');
  assert.equal(await en.checked(), 'yes');

  await deButton.click();
  await de.question(1);
  assert.equal(await de.checked(), 'yes');
});

test('(g) double-clicking Next never skips a question', async () => {
  const { s, q } = await openQuiz('en');
  await q.start();
  await q.choose('yes');
  await q.button(q.t.next).dblclick();
  await settle(s.page);
  await q.question(2);
});

test(
  '(g2) double-clicking Next on a revisited question does not skip the next, already answered one',
  // The second click of a double click lands on the re-rendered question 2
  // and is ignored (MouseEvent.detail > 1), not taken as "Next" on it.
  {},
  async () => {
    const { s, q } = await openQuiz('en');
    await q.start();
    await q.answer(['yes']);
    await q.question(2);
    await q.choose('yes');
    await q.back();
    await q.question(1);
    await q.button(q.t.next).dblclick();
    await settle(s.page);
    await q.question(2);
  },
);

test('(h) a full run in both languages logs no console errors and throws no page errors', async () => {
  const { s, q } = await openQuiz('de');
  const en = q.in('en');
  assert.deepEqual(await q.run(ALL_YES), { verdict: 'ready', score: 16 });
  await q.button(TEXT.en.language).click();
  await visible(en.heading(en.t.resultHeading), 'result heading in English after the switch');
  await en.button(en.t.restart).click();
  await en.run(Array(QUESTIONS).fill('no'));
  await settle(s.page);
  s.log.assertNoErrors();
  assert.deepEqual(s.log.failedRequests, [], 'failed requests');
  assert.ok(h.server.requests.some((r) => r.endsWith('.wasm')), 'the page loaded a .wasm file');
});
