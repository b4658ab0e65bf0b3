// The widget's contracts, written out again from the model so that tests
// check the app against them: scoring, share codes, stored state, storage
// keys (src/model/).
import assert from 'node:assert/strict';

export const QUESTIONS = 8;
export const ANSWERS = ['yes', 'partly', 'no'];

/** An answer set for each verdict. */
export const ANSWER_SETS = {
  ready: Array(QUESTIONS).fill('yes'),
  'hands-off': ['no', ...Array(QUESTIONS - 1).fill('yes')],
  train: ['yes', 'partly', 'yes', 'partly', 'partly', 'yes', 'yes', 'yes'],
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

const CODE_CHAR = { yes: 'y', partly: 'p', no: 'n' };
const LETTER_VALUE = { y: 0, p: 1, n: 2 };
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];

/** The check digit of eight answer letters ('ypnyypyy' → 0), src/model/share_code.rs. */
export const checkDigit = (letters) =>
  [...letters].reduce((sum, c, i) => sum + LETTER_VALUE[c] * WEIGHTS[i], 0) % 10;

/** The share code for eight answers: e.g. ['yes', 'partly', …] → 'ypnyypyy0'. */
export function shareCode(answers) {
  assert.equal(answers.length, QUESTIONS);
  const letters = answers.map((a) => CODE_CHAR[a]).join('');
  return letters + checkDigit(letters);
}

/** The stored-state text (src/model/saved_state.rs, version 1). */
export function savedState({ step, answers = [], lang, ticked = [] }) {
  const slots = Array.from({ length: QUESTIONS }, (_, i) => (answers[i] ? CODE_CHAR[answers[i]] : '-')).join('');
  const ticks = Array.from({ length: QUESTIONS }, (_, i) => (ticked.includes(i + 1) ? '1' : '0')).join('');
  return `1|${step}|${slots}|${lang}|${ticks}`;
}

/** The widget's storage key: `startklar:<pathname>:<id or index>`. */
export const storageKey = (pathname, instance = 0) => `startklar:${pathname}:${instance}`;
