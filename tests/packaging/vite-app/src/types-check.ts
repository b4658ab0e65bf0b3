// Compile-time checks of the package's types (never bundled): each line
// marked as an expected error must really be one, so the types are not `any`.
const quiz = document.createElement('startklar-quiz');
quiz.addEventListener('startklar-complete', (event) => {
  const score: number = event.detail.score;
  const warnings: number[] = event.detail.warnings;
  // @ts-expect-error: a verdict is 'ready', 'train' or 'hands-off'
  if (event.detail.verdict === 'maybe') console.log(score, warnings);
});
window.addEventListener('startklar-answer', (event) => {
  // @ts-expect-error: an answer is 'yes', 'partly' or 'no'
  event.detail.answer = 'perhaps';
  // @ts-expect-error: the detail has no such field
  console.log(event.detail.verdict);
});
export {};
