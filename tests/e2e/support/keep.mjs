// Helpers for the "result worth keeping" tests (tests/e2e/keep.test.mjs):
// stored state, share links, clipboard, downloads, console warnings, PDFs.
// They build on support/quiz.mjs (driving the standalone page) and
// support/embed.mjs (driving one widget among several).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { TEXT, QUESTIONS, visible, widget, startQuiz, answerAll } from './quiz.mjs';

/** The labels of the result's extras (content/<lang>.toml, [ui]). */
export const KEEP_TEXT = {
  en: {
    planHeading: 'Your training plan',
    copyPlan: 'Copy plan as text',
    copied: 'Copied.',
    shareLinkLabel: 'Link to your result',
    share: 'Share link',
    svg: 'Start number as SVG',
    png: 'Start number as PNG',
    print: 'Print',
    invalidLink: 'The shared link is invalid or damaged. You can start the quiz afresh here.',
    course: (n) => `Marathon course: question ${n} of ${QUESTIONS}`,
    courseResult: (place) => `Marathon course – your place: ${place}`,
    places: { 'hands-off': 'Stand', train: 'Training ground', ready: 'Start' },
    caseTitles: [
      'No goal',
      'No long-term idea',
      'Outsourcing',
      'No room to decide',
      'No time for it',
      'Too few people',
      'Too little expertise',
      'Too slow',
    ],
    verdictTitles: {
      ready: 'Ready to start',
      train: 'Off to training first',
      'hands-off': 'Hands off — not at the start yet',
    },
  },
  de: {
    planHeading: 'Ihr Trainingsplan',
    copyPlan: 'Plan als Text kopieren',
    copied: 'Kopiert.',
    shareLinkLabel: 'Link zu Ihrem Ergebnis',
    share: 'Link teilen',
    svg: 'Startnummer als SVG',
    png: 'Startnummer als PNG',
    print: 'Drucken',
    invalidLink: 'Der geteilte Link ist ungültig oder beschädigt. Sie können das Quiz hier neu beginnen.',
    course: (n) => `Marathonstrecke: Frage ${n} von ${QUESTIONS}`,
    courseResult: (place) => `Marathonstrecke – Ihr Platz: ${place}`,
    places: { 'hands-off': 'Tribüne', train: 'Trainingsplatz', ready: 'Start' },
  },
};

// ---- share codes (the format of src/model/share_code.rs, written out again) ----

const CODE_VALUE = { yes: 0, partly: 1, no: 2 };
const CODE_CHAR = { yes: 'y', partly: 'p', no: 'n' };
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];

/** The share code for eight answers: e.g. ['yes', 'partly', …] → 'ypnyypyy0'. */
export function shareCode(answers) {
  assert.equal(answers.length, QUESTIONS);
  const digit = answers.reduce((sum, a, i) => sum + CODE_VALUE[a] * WEIGHTS[i], 0) % 10;
  return answers.map((a) => CODE_CHAR[a]).join('') + digit;
}

/** The stored-state text (src/model/saved_state.rs, version 1). */
export function savedState({ step, answers = [], lang, ticked = [] }) {
  const slots = Array.from({ length: QUESTIONS }, (_, i) => (answers[i] ? CODE_CHAR[answers[i]] : '-')).join('');
  const ticks = Array.from({ length: QUESTIONS }, (_, i) => (ticked.includes(i + 1) ? '1' : '0')).join('');
  return `1|${step}|${slots}|${lang}|${ticks}`;
}

/** The widget's storage key: `startklar:<pathname>:<id or index>`. */
export const storageKey = (pathname, instance = 0) => `startklar:${pathname}:${instance}`;

/** Every entry of sessionStorage and localStorage of the page's origin. */
export function storageDump(page) {
  return page.evaluate(() => {
    const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i))]));
    return { session: dump(sessionStorage), local: dump(localStorage) };
  });
}

// ---- storage spies and broken storages (init scripts: they run before the page's own) ----

/** Records every Storage write (setItem, removeItem, clear) in window.__skStorageCalls. */
export function spyOnStorage(context) {
  return context.addInitScript(() => {
    const calls = [];
    Object.defineProperty(window, '__skStorageCalls', { value: calls });
    for (const name of ['setItem', 'removeItem', 'clear']) {
      const original = Storage.prototype[name];
      Storage.prototype[name] = function (...args) {
        calls.push({ name, args: args.map(String), local: this === window.localStorage });
        return original.apply(this, args);
      };
    }
  });
}

export const storageCalls = (page) => page.evaluate(() => window.__skStorageCalls.slice());

/** Makes getItem, setItem and removeItem throw, as a full or sandboxed storage does. */
export function makeStorageMethodsThrow(context) {
  return context.addInitScript(() => {
    for (const name of ['getItem', 'setItem', 'removeItem']) {
      Storage.prototype[name] = function () {
        throw new DOMException(`${name} blocked by the test`, 'SecurityError');
      };
    }
  });
}

/** Makes reading window.sessionStorage and window.localStorage throw (storage disabled). */
export function makeStorageAccessThrow(context) {
  return context.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`${name} is disabled by the test`, 'SecurityError');
        },
      });
    }
  });
}

/**
 * Puts `value` under `key` in the sessionStorage of the page's origin once,
 * before the first page of the tab runs (a reload does not put it back).
 */
export function seedSessionStorage(context, key, value) {
  return context.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('__skSeeded') === null) {
        sessionStorage.setItem('__skSeeded', '1');
        sessionStorage.setItem(key, value);
      }
    },
    [key, value],
  );
}

// ---- console ----

/** Console warnings from now on (texts), for as long as the page lives. */
export function collectWarnings(page) {
  const texts = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') texts.push(msg.text());
  });
  return texts;
}

export const aboutStorage = (warnings) => warnings.filter((w) => /storage|stored/i.test(w));

// ---- the quiz ----

/** Opens `url` (relative to baseUrl) and waits for the intro in `lang`. */
export async function openAt(page, baseUrl, path, lang) {
  await page.goto(new URL(path, baseUrl).href);
  await visible(widget(page).getByRole('heading', { name: TEXT[lang].introHeading, exact: true }), 'the intro', 20_000);
}

/** Opens the standalone page, answers all eight questions, returns { verdict, score }. */
export async function finishQuiz(page, baseUrl, lang, answers, query = '') {
  await openAt(page, baseUrl, `index.html?lang=${lang}${query}`, lang);
  await startQuiz(page, lang);
  return answerAll(page, answers, lang);
}

/** Opens a share link and waits for the result; returns the data-verdict. */
export async function openResult(page, url, lang) {
  // A page load, not a same-document jump to another fragment.
  await page.goto('about:blank');
  await page.goto(url);
  await visible(
    widget(page).getByRole('heading', { name: TEXT[lang].resultHeading, exact: true }),
    `the result of ${url}`,
    20_000,
  );
  return widget(page).locator('[data-verdict]').first().getAttribute('data-verdict');
}

/** The score shown on the result ("12 of 16 points" → 12). */
export async function shownScore(page, lang) {
  const text = await widget(page).getByText(TEXT[lang].scoreRe).filter({ visible: true }).first().innerText();
  return Number(TEXT[lang].scoreRe.exec(text)[1]);
}

/** The share link in the read-only field on the result. */
export const shareLinkField = (page, lang) =>
  widget(page).getByRole('textbox', { name: KEEP_TEXT[lang].shareLinkLabel, exact: true });

/** A status line (role status) of the widget that says `text`. */
export const statusSaying = (page, text) => widget(page).getByRole('status').filter({ hasText: text });

/** Text on the page's clipboard (needs the clipboard-read permission). */
export const clipboardText = (page) => page.evaluate(() => navigator.clipboard.readText());

/** The accessible names of the training plan's checkboxes, in order. */
export const planSteps = (page) => widget(page).getByRole('checkbox');

/** Clicks `buttonName` and returns { name, bytes } of the download it starts. */
export async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }),
    widget(page).getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  const failure = await file.failure();
  assert.equal(failure, null, `download of ${file.suggestedFilename()} failed`);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`). */
export function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * Whether each element matched by `locator` (hidden ones included) is
 * rendered: { visible, display } per element, looking at the element and
 * its ancestors through the shadow root.
 */
export function renderedState(locator) {
  return locator.evaluateAll((els) =>
    els.map((el) => ({
      text: (el.textContent ?? '').trim(),
      display: getComputedStyle(el).display,
      visible: el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    })),
  );
}
