// End-to-end tests of issue 4, "A result worth keeping": resume from
// storage, persist=off, broken and corrupt storage, the share link, the
// training plan, print, the result card and the marathon course, on the
// built site in Debian's Chromium.
//
//   trunk build --release --dist /tmp/keep-dist
//   STARTKLAR_DIST=/tmp/keep-dist node --test tests/e2e/keep.test.mjs
//
// STARTKLAR_DIST (or E2E_DIST, as the other files use) names the build
// folder; default dist/.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve, DIST } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';
import {
  TEXT,
  QUESTIONS,
  expectedResult,
  widget,
  button,
  visible,
  settle,
  openQuiz,
  startQuiz,
  expectQuestion,
  checkedAnswer,
  choose,
  clickNext,
  readResult,
} from './support/quiz.mjs';
import { backButtonIn, expectIntroIn, expectQuestionIn, startIn, answerIn, checkedIn, virtualPage } from './support/embed.mjs';
import {
  KEEP_TEXT,
  shareCode,
  savedState,
  storageKey,
  storageDump,
  spyOnStorage,
  storageCalls,
  makeStorageMethodsThrow,
  makeStorageAccessThrow,
  seedSessionStorage,
  collectWarnings,
  aboutStorage,
  openAt,
  finishQuiz,
  openResult,
  shownScore,
  shareLinkField,
  statusSaying,
  clipboardText,
  planSteps,
  download,
  PNG_SIGNATURE,
  pngSize,
  pdfPageCount,
  renderedState,
} from './support/keep.mjs';

const EN = TEXT.en;
const K = KEEP_TEXT.en;
const STANDALONE_KEY = storageKey('/index.html', 0);
const ALL_YES = Array(QUESTIONS).fill('yes');
const TRAIN = ['yes', 'partly', 'no', 'yes', 'yes', 'partly', 'yes', 'yes'];

let server, browser;
const sessions = [];

before(async () => {
  assert.ok(existsSync(path.join(DIST, 'index.html')), `${DIST}/index.html missing: build first`);
  server = await serve({ root: DIST });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async (t) => {
  for (const s of sessions.splice(0)) {
    if (s.consoleErrors.length || s.pageErrors.length) {
      t.diagnostic(`page errors: ${JSON.stringify({ console: s.consoleErrors, page: s.pageErrors })}`);
    }
    await s.close();
  }
});

/** A fresh context and page (closed after the test), recording errors. */
async function fresh(contextOptions) {
  const s = await openPage(browser, contextOptions);
  sessions.push(s);
  return s;
}

const url = (p) => new URL(p, server.url).href;

/** Answers questions 1..answers.length of the standalone page, ending on the next question. */
async function answerSome(page, answers, lang = 'en') {
  for (const [i, answer] of answers.entries()) {
    await expectQuestion(page, i + 1, lang);
    await choose(page, answer, lang);
    await clickNext(page, i + 1, lang);
  }
  await expectQuestion(page, answers.length + 1, lang);
}

/** Goes back from the current question to question 1, checking the kept answers. */
async function expectKeptAnswers(page, answers, lang = 'en') {
  for (let n = answers.length; n >= 1; n--) {
    await backButtonIn(widget(page), lang).click();
    await expectQuestion(page, n, lang);
    assert.equal(await checkedAnswer(page, lang), answers[n - 1], `answer ${n} kept`);
  }
}

const FIRST_THREE = ['yes', 'partly', 'no'];

// ---- 1. resume ----

test('persist=session (the default): a reload mid-quiz resumes on the same question with the same answers', async () => {
  const s = await fresh();
  const { page } = s;
  await openAt(page, server.url, 'index.html?lang=en', 'en');
  await startQuiz(page, 'en');
  await answerSome(page, FIRST_THREE);
  assert.deepEqual(await storageDump(page), {
    session: { [STANDALONE_KEY]: savedState({ step: 'q3', answers: FIRST_THREE, lang: 'en' }) },
    local: {},
  });

  await page.reload();
  await visible(widget(page).getByRole('progressbar', { name: EN.progress(4), exact: true }), 'question 4 after the reload', 20_000);
  await expectQuestion(page, 4, 'en');
  assert.equal(await checkedAnswer(page, 'en'), null, 'question 4 was not answered');
  await expectKeptAnswers(page, FIRST_THREE);
  s.assertNoErrors();
});

test('persist=local: answers survive closing the page; "Start again" clears what was stored', async () => {
  const s = await fresh();
  let page = s.page;
  await openAt(page, server.url, 'index.html?lang=en&persist=local', 'en');
  await startQuiz(page, 'en');
  await answerSome(page, FIRST_THREE);
  assert.deepEqual(await storageDump(page), {
    session: {},
    local: { [STANDALONE_KEY]: savedState({ step: 'q3', answers: FIRST_THREE, lang: 'en' }) },
  });

  // "Closing the browser": the tab and its sessionStorage go; localStorage stays.
  await page.close();
  page = await s.context.newPage();
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  await page.goto(url('index.html?lang=en&persist=local'));
  await visible(widget(page).getByRole('progressbar', { name: EN.progress(4), exact: true }), 'question 4 in a new tab', 20_000);
  await expectQuestion(page, 4, 'en');
  await expectKeptAnswers(page, FIRST_THREE);

  // Finish: on from question 1 (where the Back steps ended), then answer 4–8.
  for (let n = 1; n <= 3; n++) {
    await expectQuestion(page, n, 'en');
    await clickNext(page, n, 'en');
  }
  await answerFrom(page, 4, TRAIN.slice(3));
  const result = await readResult(page, 'en');
  assert.deepEqual(result, expectedResult([...FIRST_THREE, ...TRAIN.slice(3)]));
  assert.equal(
    (await storageDump(page)).local[STANDALONE_KEY],
    savedState({ step: 'r', answers: [...FIRST_THREE, ...TRAIN.slice(3)], lang: 'en' }),
  );

  await button(page, EN.restart).click();
  await expectIntroIn(widget(page), 'en');
  assert.deepEqual(await storageDump(page), { session: {}, local: {} }, '"Start again" removes the stored state');
  await page.reload();
  await expectIntroIn(widget(page), 'en');
  assert.equal(await widget(page).getByRole('progressbar').count(), 0, 'no question after the reload');
  assert.deepEqual(pageErrors, []);
});

/** Answers questions from..8 (the standalone page). */
async function answerFrom(page, from, answers) {
  for (const [i, answer] of answers.entries()) {
    const n = from + i;
    await expectQuestion(page, n, 'en');
    await choose(page, answer, 'en');
    await clickNext(page, n, 'en');
  }
}

test('the element on the demo blog page (#quiz-de) resumes after a reload; the other widget is untouched', async () => {
  const s = await fresh();
  const { page } = s;
  await page.goto(url('demo/blog.html'));
  const de = page.locator('#quiz-de');
  const en = page.locator('#quiz-en');
  await expectIntroIn(de, 'de');
  await expectIntroIn(en, 'en');
  await startIn(de, 'de');
  await answerIn(de, ['partly', 'yes', 'no'], 'de');
  await expectQuestionIn(de, 4, 'de');
  assert.equal(
    (await storageDump(page)).session[storageKey('/demo/blog.html', 'quiz-de')],
    savedState({ step: 'q3', answers: ['partly', 'yes', 'no'], lang: 'de' }),
  );

  await page.reload();
  await expectQuestionIn(de, 4, 'de');
  await expectIntroIn(en, 'en');
  await backButtonIn(de, 'de').click();
  await expectQuestionIn(de, 3, 'de');
  assert.equal(await checkedIn(de, 'de'), 'no');
  s.assertNoErrors();
});

// ---- 2. persist=off ----

async function expectNothingStored(page, what) {
  assert.deepEqual(await storageDump(page), { session: {}, local: {} }, `${what}: storage is empty`);
  assert.deepEqual(await storageCalls(page), [], `${what}: no Storage write was made`);
}

test('?persist=off stores nothing during a whole quiz, and a reload starts at the intro', async () => {
  const s = await fresh();
  const { page } = s;
  await spyOnStorage(s.context);
  const result = await finishQuiz(page, server.url, 'en', TRAIN, '&persist=off');
  assert.deepEqual(result, { verdict: 'train', score: 12 });
  await planSteps(page).first().check();
  await expectNothingStored(page, 'after the result');
  await page.reload();
  await expectIntroIn(widget(page), 'en');
  await expectNothingStored(page, 'after the reload');

  // Control: the spy does see the default (session) writes.
  await page.goto(url('index.html?lang=en'));
  await expectIntroIn(widget(page), 'en');
  await startQuiz(page, 'en');
  await answerSome(page, ['yes']);
  const calls = await storageCalls(page);
  assert.ok(
    calls.some((c) => c.name === 'setItem' && c.args[0] === STANDALONE_KEY && !c.local),
    `the spy records the default's writes: ${JSON.stringify(calls)}`,
  );
  s.assertNoErrors();
});

test('persist="off" on the element stores nothing, and a reload starts at the intro', async () => {
  const s = await fresh();
  const { page } = s;
  await spyOnStorage(s.context);
  const pageUrl = url('demo/persist-off.html');
  await virtualPage(
    s.context,
    pageUrl,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>persist off</title>
     <script type="module" src="../startklar.js"></script></head>
     <body><main><startklar-quiz persist="off" lang="en" id="quiz"></startklar-quiz></main></body></html>`,
  );
  await page.goto(pageUrl);
  const w = page.locator('#quiz');
  await expectIntroIn(w, 'en');
  await startIn(w, 'en');
  await answerIn(w, ALL_YES, 'en');
  await visible(w.getByRole('heading', { name: EN.resultHeading, exact: true }), 'the result');
  await expectNothingStored(page, 'after the result');
  await page.reload();
  await expectIntroIn(w, 'en');
  await expectNothingStored(page, 'after the reload');
  s.assertNoErrors();
});

// ---- 3. throwing storage ----

for (const [what, breakStorage] of [
  ['getItem, setItem and removeItem throw', makeStorageMethodsThrow],
  ['reading window.sessionStorage throws', makeStorageAccessThrow],
]) {
  test(`a storage that throws (${what}): the quiz still completes, with one warning`, async () => {
    const s = await fresh();
    const { page } = s;
    await breakStorage(s.context);
    const warnings = collectWarnings(page);
    const result = await finishQuiz(page, server.url, 'en', TRAIN);
    assert.deepEqual(result, { verdict: 'train', score: 12 });
    await planSteps(page).first().check();
    await button(page, EN.restart).click();
    await expectIntroIn(widget(page), 'en');
    assert.equal(aboutStorage(warnings).length, 1, `one storage warning: ${JSON.stringify(warnings)}`);
    assert.match(aboutStorage(warnings)[0], /^<startklar-quiz>: .*storage/);
    s.assertNoErrors();
  });
}

// ---- 4. corrupt stored state ----

const CORRUPT = {
  garbage: '\u0000{not: "a state"}💥',
  'an older version': '0|i|--------|de|00000000',
  'an oversized value': savedState({ step: 'q3', answers: FIRST_THREE, lang: 'en' }) + '|' + 'x'.repeat(5000),
  'a tampered value (result with 3 answers)': '1|r|yyp-----|de|00000000',
  'a step beyond the answers': '1|q7|y-------|en|00000000',
};

for (const [what, value] of Object.entries(CORRUPT)) {
  test(`corrupt stored state (${what}) is ignored with one warning: the intro shows`, async () => {
    const s = await fresh();
    const { page } = s;
    await seedSessionStorage(s.context, STANDALONE_KEY, value);
    const warnings = collectWarnings(page);
    await openAt(page, server.url, 'index.html?lang=en', 'en');
    assert.equal(await widget(page).getByRole('progressbar').count(), 0, 'no question shown');
    assert.equal(await widget(page).locator('[data-verdict]').count(), 0, 'no result shown');
    await settle(page);
    assert.equal(warnings.length, 1, `one warning: ${JSON.stringify(warnings)}`);
    assert.match(aboutStorage(warnings)[0], /ignoring stored state/);
    assert.equal((await storageDump(page)).session[STANDALONE_KEY], undefined, 'the corrupt value is removed');
    // The quiz works.
    await startQuiz(page, 'en');
    s.assertNoErrors();
  });
}

// ---- 5. share link ----

test('the share link reproduces the result on another machine and never reaches the server', async () => {
  const first = await fresh();
  const result = await finishQuiz(first.page, server.url, 'en', TRAIN);
  assert.deepEqual(result, { verdict: 'train', score: 12 });
  const link = await shareLinkField(first.page, 'en').inputValue();
  assert.equal(shareCode(TRAIN), 'ypnyypyy0');
  // The link keeps the sharer's language, on the page pre-rendered in it.
  assert.equal(link, url(`index.en.html?lang=en#r=${shareCode(TRAIN)}`));
  assert.match(new URL(link).hash, /^#r=[ypn]{8}\d$/);

  const requestsBefore = server.requests.length;
  const other = await fresh();
  const browserRequests = [];
  other.page.on('request', (r) => browserRequests.push(r.url()));
  const verdict = await openResult(other.page, link, 'en');
  assert.equal(verdict, result.verdict);
  assert.equal(await shownScore(other.page, 'en'), result.score);
  assert.equal(await widget(other.page).getByRole('alert').count(), 0, 'no note on a valid link');
  // The same plan: the warnings of the shared answers.
  assert.equal(await planSteps(other.page).count(), 3);

  const sent = server.requests.slice(requestsBefore);
  assert.ok(sent.some((u) => u.startsWith('/index.en.html')), `the page was requested: ${JSON.stringify(sent)}`);
  // Nothing the server ever received in this file carried a share code.
  assert.deepEqual(
    server.requests.filter((u) => u.includes('r=') || u.includes('#') || u.includes(shareCode(TRAIN))),
    [],
    'no request carried the share code',
  );
  // Nor did any request the browser made (as the browser reports them).
  assert.ok(browserRequests.length > 0);
  assert.deepEqual(browserRequests.filter((u) => u.includes('#') || u.includes('r=')), [], 'browser requests');
  first.assertNoErrors();
  other.assertNoErrors();
});

const BAD_LINKS = {
  tampered: `#r=${'p' + shareCode(TRAIN).slice(1)}`,
  empty: '#r=',
  short: '#r=abc',
  'wrong alphabet': '#r=yyyyxyyy0',
  'extra data': `#r=${shareCode(TRAIN)}0`,
  'very long': `#r=${'y'.repeat(500)}`,
};

test('tampered and malformed share links show a note and the intro, never a result', async () => {
  assert.notEqual(BAD_LINKS.tampered, `#r=${shareCode(['partly', ...TRAIN.slice(1)])}`, 'the tampered code really is wrong');
  const s = await fresh();
  for (const [what, fragment] of Object.entries(BAD_LINKS)) {
    const page = await s.context.newPage();
    const pageErrors = [];
    const warnings = collectWarnings(page);
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    await page.goto(url(`index.html?lang=en${fragment}`));
    const note = widget(page).getByRole('alert');
    await visible(note, `the note for the ${what} link`, 20_000);
    assert.equal((await note.innerText()).trim(), K.invalidLink, what);
    assert.ok(K.invalidLink.startsWith('The shared link is invalid or damaged.'));
    await expectIntroIn(widget(page), 'en');
    assert.equal(await widget(page).locator('[data-verdict]').count(), 0, `${what}: no result`);
    assert.equal(await widget(page).getByRole('progressbar').count(), 0, `${what}: no question`);
    assert.deepEqual(pageErrors, [], `${what}: no page error`);
    assert.equal(warnings.filter((w) => /share link/.test(w)).length, 1, `${what}: one warning ${JSON.stringify(warnings)}`);
    // The note goes once the visitor starts.
    if (what === 'tampered') {
      await startQuiz(page, 'en');
      assert.equal(await widget(page).getByRole('alert').count(), 0, 'the note is gone after starting');
    }
    await page.close();
  }
});

test('"Share link" (no Web Share here) copies the link and says "Copied."', async () => {
  const s = await fresh();
  const { page, context } = s;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await openResult(page, url(`index.html?lang=en#r=${shareCode(TRAIN)}`), 'en');
  assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined', 'this Chromium has no Web Share');
  const link = await shareLinkField(page, 'en').inputValue();
  assert.equal(link, url(`index.en.html?lang=en#r=${shareCode(TRAIN)}`));
  assert.equal(await statusSaying(page, K.copied).count(), 0);
  await button(page, K.share).click();
  await visible(statusSaying(page, K.copied), '"Copied." after sharing');
  assert.equal(await clipboardText(page), link);
  s.assertNoErrors();
});

// ---- 6. training plan ----

test('training plan: goal first, then "no" before "partly"; ticks survive a reload; copy as text', async () => {
  const answers = ['partly', 'yes', 'no', 'yes', 'yes', 'partly', 'yes', 'yes'];
  const s = await fresh();
  const { page, context } = s;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const result = await finishQuiz(page, server.url, 'en', answers);
  assert.deepEqual(result, expectedResult(answers));
  await visible(widget(page).getByRole('heading', { name: K.planHeading, exact: true }), 'the plan heading');

  const names = async () =>
    (await planSteps(page).evaluateAll((els) => els.map((el) => el.labels[0]?.querySelector('.sk-plan-title')?.textContent ?? '')));
  const expectedOrder = [
    `${K.caseTitles[0]} (Applies in part)`,
    `${K.caseTitles[2]} (Applies)`,
    `${K.caseTitles[5]} (Applies in part)`,
  ];
  assert.deepEqual(await names(), expectedOrder);
  // By accessible name too (the label: title, badge, next step).
  for (const [i, title] of [K.caseTitles[0], K.caseTitles[2], K.caseTitles[5]].entries()) {
    const byName = widget(page).getByRole('checkbox', { name: new RegExp(`^${title} \\(`) });
    assert.equal(await byName.count(), 1, `one step named "${title}"`);
    assert.equal(await byName.getAttribute('id'), await planSteps(page).nth(i).getAttribute('id'), `step ${i + 1} is "${title}"`);
  }
  const checked = () => planSteps(page).evaluateAll((els) => els.map((el) => el.checked));
  assert.deepEqual(await checked(), [false, false, false]);

  await widget(page).getByRole('checkbox', { name: K.caseTitles[2] }).check();
  assert.deepEqual(await checked(), [false, true, false]);
  assert.equal(
    (await storageDump(page)).session[STANDALONE_KEY],
    savedState({ step: 'r', answers, lang: 'en', ticked: [3] }),
  );
  await page.reload();
  await readResult(page, 'en');
  assert.deepEqual(await names(), expectedOrder);
  assert.deepEqual(await checked(), [false, true, false], 'the tick survived the reload');

  await button(page, K.copyPlan).click();
  await visible(statusSaying(page, K.copied), '"Copied." after copying the plan');
  const text = await clipboardText(page);
  assert.ok(text.startsWith('Your training plan\n'), text.slice(0, 80));
  const [goal, outsourcing, people] = [K.caseTitles[0], K.caseTitles[2], K.caseTitles[5]].map((t) => text.indexOf(t));
  assert.ok(goal > 0 && goal < outsourcing && outsourcing < people, `plan order in the text:\n${text}`);
  assert.match(text, /Off to training first/);
  s.assertNoErrors();
});

// ---- 7. print ----

async function expectPrintLayout(page, verdict, what) {
  const w = widget(page);
  await page.emulateMedia({ media: 'print' });
  await settle(page);
  await visible(w.getByRole('heading', { name: K.verdictTitles[verdict], exact: true }), `${what}: the verdict in print`);
  await visible(w.getByRole('img', { name: K.courseResult(K.places[verdict]), exact: true }), `${what}: the course in print`);
  await visible(w.getByRole('heading', { name: K.planHeading, exact: true }), `${what}: the plan in print`);
  const buttons = await renderedState(w.getByRole('button', { includeHidden: true }));
  assert.ok(buttons.length >= 8, `${what}: the widget has its buttons (${buttons.length})`);
  assert.deepEqual(
    buttons.filter((b) => b.visible),
    [],
    `${what}: no button is visible in print`,
  );
  await page.emulateMedia({ media: 'screen' });
  await settle(page);
  const onScreen = await renderedState(w.getByRole('button', { includeHidden: true }));
  assert.ok(onScreen.filter((b) => b.visible).length >= 8, `${what}: the buttons are back on screen`);
}

test('print: verdict, course and plan show, buttons do not; one A4 page', async (t) => {
  const s = await fresh();
  const { page } = s;
  const cases = [
    ['all yes', ALL_YES],
    ['no, then yes', ['no', ...ALL_YES.slice(1)]],
  ];
  for (const [what, answers] of cases) {
    const { verdict } = expectedResult(answers);
    assert.equal(await openResult(page, url(`index.html?lang=en#r=${shareCode(answers)}`), 'en'), verdict);
    await expectPrintLayout(page, verdict, what);
    if (answers.includes('no')) {
      await page.emulateMedia({ media: 'print' });
      const steps = await renderedState(planSteps(page));
      assert.equal(steps.length, 1);
      assert.ok(steps[0].visible, `${what}: the plan's checkbox prints`);
      await page.emulateMedia({ media: 'screen' });
    }
    // page.pdf() prints with print media unless the page emulates another.
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.equal(pdfPageCount(pdf), 1, `${what}: the printout fits one A4 page`);
  }
  // Informational: the worst case, eight warnings.
  const allNo = Array(QUESTIONS).fill('no');
  await openResult(page, url(`index.html?lang=en#r=${shareCode(allNo)}`), 'en');
  await expectPrintLayout(page, 'hands-off', 'all no');
  await page.emulateMedia({ media: null });
  const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
  assert.ok(pages >= 1);
  t.diagnostic(`all-no result (8 warnings) prints on ${pages} A4 page(s)`);
  s.assertNoErrors();
});

// ---- 8. result card ----

async function expectCard(page, lang, answers) {
  const { verdict, score } = expectedResult(answers);
  const k = KEEP_TEXT[lang];
  assert.equal(await openResult(page, url(`index.html?lang=${lang}#r=${shareCode(answers)}`), lang), verdict);

  const png = await download(page, k.png);
  assert.equal(png.name, `startklar-${verdict}.png`);
  assert.deepEqual(png.bytes.subarray(0, 8), PNG_SIGNATURE, 'the PNG signature');
  assert.ok(png.bytes.length > 5 * 1024, `a PNG of non-trivial size (${png.bytes.length} bytes)`);
  assert.deepEqual(pngSize(png.bytes), { width: 600, height: 400 });
  // The browser can decode it and it is not blank.
  const colours = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    return seen.size;
  }, png.bytes.toString('base64'));
  assert.ok(colours > 3, `the PNG shows a drawing (${colours} colours sampled)`);

  const svg = await download(page, k.svg);
  assert.equal(svg.name, `startklar-${verdict}.svg`);
  const text = svg.bytes.toString('utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(text, new RegExp(`>${score}</text>`), 'the score');
  const title = KEEP_TEXT[lang].verdictTitles?.[verdict] ?? null;
  if (title) assert.ok(text.includes(`>${title}</text>`), `the verdict title "${title}"`);
  assert.ok(text.includes(`lang="${lang}"`));
  return text;
}

test('result card: PNG and SVG downloads in English', async () => {
  const s = await fresh();
  await expectCard(s.page, 'en', TRAIN);
  s.assertNoErrors();
});

test('result card: "Startnummer als PNG" and SVG in German', async () => {
  const s = await fresh();
  const answers = ['no', ...ALL_YES.slice(1)];
  const text = await expectCard(s.page, 'de', answers);
  assert.ok(text.includes('>Sind Sie startklar?</text>'), 'the German title');
  assert.ok(text.includes('Punkte</text>'), 'German "points"');
  s.assertNoErrors();
});

// ---- 9. the course ----

test('the course: progress during the questions, the verdict\'s place on the result', async () => {
  const s = await fresh();
  const { page } = s;
  await openAt(page, server.url, 'index.html?lang=en', 'en');
  await startQuiz(page, 'en');
  const course = (name) => widget(page).getByRole('img', { name, exact: true });
  await visible(course(K.course(1)), 'the course on question 1');
  await answerSome(page, ['yes', 'yes']);
  await visible(course(K.course(3)), 'the course on question 3');
  assert.equal(await widget(page).getByRole('img').count(), 1, 'one course');
  assert.equal(await course(K.course(3)).locator('circle.sk-course-done').count(), 2, 'two checkpoints done');
  assert.equal(await course(K.course(3)).locator('circle.sk-course-current').count(), 1, 'one current checkpoint');
  // Nothing is fetched for it: an inline SVG.
  assert.equal(await course(K.course(3)).evaluate((el) => el.tagName.toLowerCase()), 'svg');

  for (const answers of [ALL_YES, TRAIN, ['no', ...ALL_YES.slice(1)]]) {
    const { verdict } = expectedResult(answers);
    assert.equal(await openResult(page, url(`index.html?lang=en#r=${shareCode(answers)}`), 'en'), verdict);
    const name = await widget(page).getByRole('img').getAttribute('aria-label');
    assert.equal(name, K.courseResult(K.places[verdict]), verdict);
    assert.ok(name.includes(K.places[verdict]));
  }
  // German.
  await openResult(page, url(`index.html?lang=de#r=${shareCode(TRAIN)}`), 'de');
  await visible(
    widget(page).getByRole('img', { name: KEEP_TEXT.de.courseResult(KEEP_TEXT.de.places.train), exact: true }),
    'the German course',
  );
  s.assertNoErrors();
});

// ---- regressions of bugs found by these tests ----

test(
  'a broken share link in a tab that has stored progress still shows the note and the intro',
  {},
  async () => {
    const s = await fresh();
    const { page } = s;
    const warnings = collectWarnings(page);
    // Progress in this tab: the first question answered.
    await openQuiz(page, server.url, 'en');
    await startQuiz(page, 'en');
    await choose(page, 'yes', 'en');
    await clickNext(page, 1, 'en');
    await expectQuestion(page, 2, 'en');
    assert.ok((await storageDump(page)).session[STANDALONE_KEY], 'the tab has stored progress');
    await page.goto('about:blank');
    await page.goto(url(`index.html?lang=en${BAD_LINKS.tampered}`));
    await settle(page);
    await expectIntroIn(widget(page), 'en', 5_000).catch(() => {});
    assert.equal(warnings.filter((w) => /share link.*Showing the intro/.test(w)).length, 1, JSON.stringify(warnings));
    assert.equal(await widget(page).locator('[data-verdict]').count(), 0, 'no result after a tampered link');
    assert.equal(await widget(page).getByRole('alert').count(), 1, 'the note');
  },
);

test(
  'the course\'s place labels do not overlap',
  {},
  async () => {
    const s = await fresh();
    const { page } = s;
    for (const lang of ['en', 'de']) {
      await openResult(page, url(`index.html?lang=${lang}#r=${shareCode(TRAIN)}`), lang);
      const boxes = await widget(page)
        .getByRole('img')
        .evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBBox().x, t.getBBox().x + t.getBBox().width]));
      boxes.sort((a, b) => a[1] - b[1]);
      for (let i = 1; i < boxes.length; i++) {
        assert.ok(boxes[i - 1][2] <= boxes[i][1], `${lang}: "${boxes[i - 1][0]}" overlaps "${boxes[i][0]}": ${JSON.stringify(boxes)}`);
      }
    }
  },
);
