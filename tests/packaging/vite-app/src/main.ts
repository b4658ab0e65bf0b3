import 'startklar-quiz';
import type { StartklarCompleteDetail } from 'startklar-quiz';

// Typed through the package's declarations (HTMLElementTagNameMap and the
// event maps); `npm run typecheck` fails if they go missing.
const quiz = document.querySelector('startklar-quiz');
const output = document.querySelector('output');
quiz?.addEventListener('startklar-answer', (event) => {
  const question: number = event.detail.question;
  if (output) output.value = `answer ${question}: ${event.detail.answer}`;
});
document.addEventListener('startklar-complete', (event) => {
  const detail: StartklarCompleteDetail = event.detail;
  if (output) output.value = `complete: ${detail.verdict} ${detail.score}`;
});
