// The result reads right on a phone: said once, within about two screens,
// and a course picture whose labels stay readable. On the standalone page of
// the build, opened through share links (one per answer set).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness } from './support/harness.mjs';
import { quiz, expectedResult, QUESTIONS } from './support/driver.mjs';
import { shareCode } from './support/formats.mjs';

const h = useHarness();

const PHONE = { width: 375, height: 800 };
/** About two phone screens: the result with one warning fits in it. */
const MAX_HEIGHT = 1600;
/** A sentence: text between . ! ? : ; or line breaks, 25 characters or more. */
const MIN_SENTENCE = 25;

const page = (lang) => (lang === 'en' ? 'index.en.html' : 'index.html');

/** Every answer set with exactly one warning: case n answered `answer`, the rest "yes". */
const ONE_WARNING = Array.from({ length: QUESTIONS }, (_, i) =>
  ['no', 'partly'].map((answer) => Array.from({ length: QUESTIONS }, (_, j) => (i === j ? answer : 'yes'))),
).flat();

/** Opens the result of `answers` in `lang` and returns the page and its driver. */
async function openResult(session, lang, answers) {
  const { page: p } = session;
  // A new document each time: a changed fragment alone would not reload.
  await p.goto('about:blank');
  await p.goto(h.url(`${page(lang)}?lang=${lang}#r=${shareCode(answers)}`));
  const q = quiz(p.locator('startklar-quiz'), lang);
  assert.equal((await q.result()).verdict, expectedResult(answers).verdict, answers.join(' '));
  return { p, q };
}

/** The result's visible text, without what only screen readers get. */
function visibleResultText(p) {
  return p.locator('startklar-quiz').evaluate((host) => {
    const result = host.shadowRoot.querySelector('[data-verdict]');
    const hidden = [...result.querySelectorAll('.sk-visually-hidden')];
    for (const element of hidden) element.hidden = true;
    const text = result.innerText;
    for (const element of hidden) element.hidden = false;
    return text;
  });
}

/** The sentences that appear more than once in `text`. */
function repeatedSentences(text) {
  const seen = new Map();
  for (const sentence of text.split(/[.!?:;\n]+/).map((s) => s.trim())) {
    if (sentence.length >= MIN_SENTENCE) seen.set(sentence, (seen.get(sentence) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([sentence]) => sentence);
}

for (const lang of ['de', 'en']) {
  test(`${lang}: at 375×800 every result with one warning is at most ${MAX_HEIGHT} px tall`, async () => {
    const s = await h.open({ viewport: PHONE });
    const heights = [];
    for (const answers of ONE_WARNING) {
      const { p } = await openResult(s, lang, answers);
      heights.push([answers.join(''), await p.evaluate(() => document.documentElement.scrollHeight)]);
    }
    const tooTall = heights.filter(([, height]) => height > MAX_HEIGHT);
    assert.deepEqual(tooTall, [], `heights: ${JSON.stringify(heights)}`);
    s.log.assertNoErrors();
  });

  test(`${lang}: no sentence of the result appears twice in its visible text`, async () => {
    const s = await h.open({ viewport: PHONE });
    const sets = [
      ...ONE_WARNING,
      Array(QUESTIONS).fill('yes'),
      Array(QUESTIONS).fill('no'),
      Array(QUESTIONS).fill('partly'),
      ['yes', 'partly', 'yes', 'yes', 'partly', 'yes', 'yes', 'yes'],
      ['yes', 'yes', 'no', 'no', 'no', 'yes', 'partly', 'yes'],
      ['no', 'yes', 'no', 'partly', 'yes', 'yes', 'yes', 'no'],
    ];
    for (const answers of sets) {
      const { p } = await openResult(s, lang, answers);
      const text = await visibleResultText(p);
      assert.ok(text.length > 200, `the result has text: ${text}`);
      assert.deepEqual(repeatedSentences(text), [], `${answers.join(' ')}:\n${text}`);
    }
    // The check can fail: the same text twice is caught.
    assert.equal(repeatedSentences('A sentence long enough to count here. A sentence long enough to count here.').length, 1);
    s.log.assertNoErrors();
  });
}

for (const width of [320, 375]) {
  test(`the course's labels are drawn and readable at ${width} px: at least 10.5 px, apart, inside the picture`, async () => {
    const s = await h.open({ viewport: { width, height: 800 } });
    for (const [lang, answers] of [
      ['de', ['yes', 'yes', 'partly', 'no', 'yes', 'yes', 'yes', 'yes']],
      ['en', ['no', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']],
    ]) {
      const { p } = await openResult(s, lang, answers);
      const labels = await p.locator('startklar-quiz').evaluate((host) => {
        const svg = host.shadowRoot.querySelector('[data-verdict] svg');
        const frame = svg.getBoundingClientRect();
        const scale = frame.width / svg.viewBox.baseVal.width;
        return {
          frame: { left: frame.left, right: frame.right },
          texts: [...svg.querySelectorAll('text')].map((text) => {
            const box = text.getBoundingClientRect();
            return {
              text: text.textContent,
              shown: getComputedStyle(text).display !== 'none' && box.width > 0,
              px: parseFloat(getComputedStyle(text).fontSize) * scale,
              box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
            };
          }),
        };
      });
      assert.equal(labels.texts.length, 4, JSON.stringify(labels));
      for (const label of labels.texts) {
        assert.ok(label.shown, `${lang} ${width}px: "${label.text}" is drawn`);
        assert.ok(label.px >= 10.5, `${lang} ${width}px: "${label.text}" is ${label.px.toFixed(1)} px`);
        assert.ok(label.box.left >= labels.frame.left - 1 && label.box.right <= labels.frame.right + 1, `${lang} ${width}px: "${label.text}" inside the picture`);
      }
      for (const [i, a] of labels.texts.entries()) {
        for (const b of labels.texts.slice(i + 1)) {
          const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
          assert.ok(apart, `${lang} ${width}px: "${a.text}" and "${b.text}" overlap`);
        }
      }
    }
    s.log.assertNoErrors();
  });
}
