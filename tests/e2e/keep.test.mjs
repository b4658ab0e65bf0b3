// End-to-end tests of a result worth keeping: resume from storage,
// persist=off, broken and corrupt storage, the share link, the training
// plan, print, the result card and the marathon course, on the build in
// Debian's Chromium (dist/, or STARTKLAR_DIST=<folder> for another build):
//
//   node --test tests/e2e/keep.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, hostPage } from './support/harness.mjs';
import { quiz, atIntro, TEXT, QUESTIONS, ANSWER_SETS, expectedResult, visible, settle } from './support/driver.mjs';
import { shareCode, savedState, storageKey } from './support/formats.mjs';
import {
  storageDump,
  spyOnStorage,
  storageCalls,
  makeStorageMethodsThrow,
  makeStorageAccessThrow,
  seedSessionStorage,
  aboutStorage,
  clipboardText,
  PNG_SIGNATURE,
  pngSize,
  pdfPageCount,
  renderedState,
} from './support/keep.mjs';

const h = useHarness({ needs: 'index.html' });

const EN = TEXT.en;
const STANDALONE_KEY = storageKey('/index.html', 0);
const ALL_YES = ANSWER_SETS.ready;
const TRAIN = ['yes', 'partly', 'no', 'yes', 'yes', 'partly', 'yes', 'yes'];

/** The driver of the standalone page's widget. */
const standalone = (page, lang = 'en') => quiz(page.locator('startklar-quiz'), lang);

/** Goes to `p` and waits for the intro in `lang`; returns the driver. */
async function openAt(page, p, lang = 'en') {
  await page.goto(h.url(p));
  const q = standalone(page, lang);
  await q.intro();
  return q;
}

/** Opens the standalone page, answers all eight questions; returns { q, result }. */
async function finishQuiz(page, lang, answers, query = '') {
  const q = await openAt(page, `index.html?lang=${lang}${query}`, lang);
  return { q, result: await q.run(answers) };
}

/** Opens a share link (a page load, not a jump to another fragment) and waits for the result; returns the data-verdict. */
async function openResult(page, url, lang) {
  await page.goto('about:blank');
  await page.goto(url);
  return (await standalone(page, lang).result(20_000)).verdict;
}

/** The share link of `answers` on the standalone page in `lang`. */
const shareUrl = (answers, lang = 'en') =>
  h.url(`${lang === 'en' ? 'index.en.html' : 'index.html'}?lang=${lang}#r=${shareCode(answers)}`);

/** From question 1, answers `answers` and ends on the next question. */
async function answerSome(q, answers) {
  await q.answer(answers);
  await q.question(answers.length + 1);
}

/** Goes back from the current question to question 1, checking the kept answers. */
async function expectKeptAnswers(q, answers) {
  for (let n = answers.length; n >= 1; n--) {
    await q.back();
    await q.question(n);
    assert.equal(await q.checked(), answers[n - 1], `answer ${n} kept`);
  }
}

const FIRST_THREE = ['yes', 'partly', 'no'];

// ---- 1. resume ----

test('persist=session (the default): a reload mid-quiz resumes on the same question with the same answers', async () => {
  const s = await h.open();
  const { page } = s;
  const q = await openAt(page, 'index.html?lang=en');
  await q.start();
  await answerSome(q, FIRST_THREE);
  assert.deepEqual(await storageDump(page), {
    session: { [STANDALONE_KEY]: savedState({ step: 'q3', answers: FIRST_THREE, lang: 'en' }) },
    local: {},
  });

  await page.reload();
  await visible(q.progress(4), 'question 4 after the reload', 20_000);
  await q.question(4);
  assert.equal(await q.checked(), null, 'question 4 was not answered');
  await expectKeptAnswers(q, FIRST_THREE);
  s.log.assertNoErrors();
});

test('persist=local: answers survive closing the page; "Start again" clears what was stored', async () => {
  const s = await h.open();
  let q = await openAt(s.page, 'index.html?lang=en&persist=local');
  await q.start();
  await answerSome(q, FIRST_THREE);
  assert.deepEqual(await storageDump(s.page), {
    session: {},
    local: { [STANDALONE_KEY]: savedState({ step: 'q3', answers: FIRST_THREE, lang: 'en' }) },
  });

  // "Closing the browser": the tab and its sessionStorage go; localStorage stays.
  await s.page.close();
  const { page, log } = await s.newPage();
  q = standalone(page);
  await page.goto(h.url('index.html?lang=en&persist=local'));
  await visible(q.progress(4), 'question 4 in a new tab', 20_000);
  await q.question(4);
  await expectKeptAnswers(q, FIRST_THREE);

  // Finish: on from question 1 (where the Back steps ended), then answer 4–8.
  for (let n = 1; n <= 3; n++) {
    await q.question(n);
    await q.next(n);
  }
  await q.answer(TRAIN.slice(3), 4);
  const result = await q.result();
  assert.deepEqual(result, expectedResult([...FIRST_THREE, ...TRAIN.slice(3)]));
  assert.equal(
    (await storageDump(page)).local[STANDALONE_KEY],
    savedState({ step: 'r', answers: [...FIRST_THREE, ...TRAIN.slice(3)], lang: 'en' }),
  );

  await q.button(EN.restart).click();
  await q.intro();
  assert.deepEqual(await storageDump(page), { session: {}, local: {} }, '"Start again" removes the stored state');
  await page.reload();
  await q.intro();
  assert.equal(await q.scope.getByRole('progressbar').count(), 0, 'no question after the reload');
  assert.deepEqual(log.pageErrors, []);
});

test('the element on the demo blog page (#quiz-de) resumes after a reload; the other widget is untouched', async () => {
  const s = await h.visit('demo/blog.html');
  const { page } = s;
  const [de, en] = await atIntro(page, { 'quiz-de': 'de', 'quiz-en': 'en' });
  await de.start();
  await de.answer(['partly', 'yes', 'no']);
  await de.question(4);
  assert.equal(
    (await storageDump(page)).session[storageKey('/demo/blog.html', 'quiz-de')],
    savedState({ step: 'q3', answers: ['partly', 'yes', 'no'], lang: 'de' }),
  );

  await page.reload();
  await de.question(4);
  await en.intro();
  await de.back();
  await de.question(3);
  assert.equal(await de.checked(), 'no');
  s.log.assertNoErrors();
});

// ---- 2. persist=off ----

async function expectNothingStored(page, what) {
  assert.deepEqual(await storageDump(page), { session: {}, local: {} }, `${what}: storage is empty`);
  assert.deepEqual(await storageCalls(page), [], `${what}: no Storage write was made`);
}

test('?persist=off stores nothing during a whole quiz, and a reload starts at the intro', async () => {
  const s = await h.open();
  const { page } = s;
  await spyOnStorage(s.context);
  const { q, result } = await finishQuiz(page, 'en', TRAIN, '&persist=off');
  assert.deepEqual(result, { verdict: 'train', score: 12 });
  await q.checkboxes().first().check();
  await expectNothingStored(page, 'after the result');
  await page.reload();
  await q.intro();
  await expectNothingStored(page, 'after the reload');

  // Control: the spy does see the default (session) writes.
  await openAt(page, 'index.html?lang=en');
  await q.start();
  await answerSome(q, ['yes']);
  const calls = await storageCalls(page);
  assert.ok(
    calls.some((c) => c.name === 'setItem' && c.args[0] === STANDALONE_KEY && !c.local),
    `the spy records the default's writes: ${JSON.stringify(calls)}`,
  );
  s.log.assertNoErrors();
});

test('persist="off" on the element stores nothing, and a reload starts at the intro', async () => {
  const s = await h.open();
  const { page } = s;
  await spyOnStorage(s.context);
  const pageUrl = await s.virtualPage(
    'demo/persist-off.html',
    hostPage({
      title: 'persist off',
      body: '<main><startklar-quiz persist="off" lang="en" id="quiz"></startklar-quiz></main>',
    }),
  );
  await page.goto(pageUrl);
  const w = quiz(page.locator('#quiz'), 'en');
  await w.intro();
  await w.start();
  await w.answer(ALL_YES);
  await visible(w.heading(EN.resultHeading), 'the result');
  await expectNothingStored(page, 'after the result');
  await page.reload();
  await w.intro();
  await expectNothingStored(page, 'after the reload');
  s.log.assertNoErrors();
});

// ---- 3. throwing storage ----

for (const [what, breakStorage] of [
  ['getItem, setItem and removeItem throw', makeStorageMethodsThrow],
  ['reading window.sessionStorage throws', makeStorageAccessThrow],
]) {
  test(`a storage that throws (${what}): the quiz still completes, with one warning`, async () => {
    const s = await h.open();
    await breakStorage(s.context);
    const { q, result } = await finishQuiz(s.page, 'en', TRAIN);
    assert.deepEqual(result, { verdict: 'train', score: 12 });
    await q.checkboxes().first().check();
    await q.button(EN.restart).click();
    await q.intro();
    const warnings = aboutStorage(s.log.warnings);
    assert.equal(warnings.length, 1, `one storage warning: ${JSON.stringify(s.log.warnings)}`);
    assert.match(warnings[0], /^<startklar-quiz>: .*storage/);
    s.log.assertNoErrors();
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
    const s = await h.open();
    const { page } = s;
    await seedSessionStorage(s.context, STANDALONE_KEY, value);
    const q = await openAt(page, 'index.html?lang=en');
    assert.equal(await q.scope.getByRole('progressbar').count(), 0, 'no question shown');
    assert.equal(await q.scope.locator('[data-verdict]').count(), 0, 'no result shown');
    await settle(page);
    assert.equal(s.log.warnings.length, 1, `one warning: ${JSON.stringify(s.log.warnings)}`);
    assert.match(aboutStorage(s.log.warnings)[0], /ignoring stored state/);
    assert.equal((await storageDump(page)).session[STANDALONE_KEY], undefined, 'the corrupt value is removed');
    // The quiz works.
    await q.start();
    s.log.assertNoErrors();
  });
}

// ---- 5. share link ----

test('the share link reproduces the result on another machine and never reaches the server', async () => {
  const first = await h.open();
  const { q, result } = await finishQuiz(first.page, 'en', TRAIN);
  assert.deepEqual(result, { verdict: 'train', score: 12 });
  const link = await q.textbox(EN.shareLinkLabel).inputValue();
  assert.equal(shareCode(TRAIN), 'ypnyypyy0');
  // The link keeps the sharer's language, on the page pre-rendered in it.
  assert.equal(link, shareUrl(TRAIN));
  assert.match(new URL(link).hash, /^#r=[ypn]{8}\d$/);

  const requestsBefore = h.server.requests.length;
  const other = await h.open();
  const browserRequests = [];
  other.page.on('request', (r) => browserRequests.push(r.url()));
  const verdict = await openResult(other.page, link, 'en');
  const shown = standalone(other.page);
  assert.equal(verdict, result.verdict);
  assert.equal((await shown.result()).score, result.score);
  assert.equal(await shown.alert().count(), 0, 'no note on a valid link');
  // The same plan: the warnings of the shared answers.
  assert.equal(await shown.checkboxes().count(), 3);

  const sent = h.server.requests.slice(requestsBefore);
  assert.ok(sent.some((u) => u.startsWith('/index.en.html')), `the page was requested: ${JSON.stringify(sent)}`);
  // Nothing the server ever received in this file carried a share code.
  assert.deepEqual(
    h.server.requests.filter((u) => u.includes('r=') || u.includes('#') || u.includes(shareCode(TRAIN))),
    [],
    'no request carried the share code',
  );
  // Nor did any request the browser made (as the browser reports them).
  assert.ok(browserRequests.length > 0);
  assert.deepEqual(browserRequests.filter((u) => u.includes('#') || u.includes('r=')), [], 'browser requests');
  first.log.assertNoErrors();
  other.log.assertNoErrors();
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
  const s = await h.open();
  for (const [what, fragment] of Object.entries(BAD_LINKS)) {
    const { page, log } = await s.newPage();
    const q = standalone(page);
    await page.goto(h.url(`index.html?lang=en${fragment}`));
    await visible(q.alert(), `the note for the ${what} link`, 20_000);
    assert.equal((await q.alert().innerText()).trim(), EN.invalidLink, what);
    assert.ok(EN.invalidLink.startsWith('The shared link is invalid or damaged.'));
    await q.intro();
    assert.equal(await q.scope.locator('[data-verdict]').count(), 0, `${what}: no result`);
    assert.equal(await q.scope.getByRole('progressbar').count(), 0, `${what}: no question`);
    assert.deepEqual(log.pageErrors, [], `${what}: no page error`);
    assert.equal(log.warningsMatching(/share link/).length, 1, `${what}: one warning ${JSON.stringify(log.warnings)}`);
    // The note goes once the visitor starts.
    if (what === 'tampered') {
      await q.start();
      assert.equal(await q.alert().count(), 0, 'the note is gone after starting');
    }
    await page.close();
  }
});

test('"Share link" (no Web Share here) copies the link and says "Copied."', async () => {
  const s = await h.open();
  const { page, context } = s;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.server.url).origin });
  await openResult(page, shareUrl(TRAIN), 'en');
  const q = standalone(page);
  assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined', 'this Chromium has no Web Share');
  const link = await q.textbox(EN.shareLinkLabel).inputValue();
  assert.equal(link, shareUrl(TRAIN));
  assert.equal(await q.status(EN.copied).count(), 0);
  await q.button(EN.share).click();
  await visible(q.status(EN.copied), '"Copied." after sharing');
  assert.equal(await clipboardText(page), link);
  s.log.assertNoErrors();
});

// ---- 6. training plan ----

test('training plan: goal first, then "no" before "partly"; ticks survive a reload; copy as text', async () => {
  const answers = ['partly', 'yes', 'no', 'yes', 'yes', 'partly', 'yes', 'yes'];
  const s = await h.open();
  const { page, context } = s;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.server.url).origin });
  const { q, result } = await finishQuiz(page, 'en', answers);
  assert.deepEqual(result, expectedResult(answers));
  await visible(q.heading(EN.planHeading), 'the plan heading');

  const steps = q.checkboxes();
  const names = async () =>
    await steps.evaluateAll((els) => els.map((el) => el.closest('li')?.querySelector('.sk-plan-title')?.textContent ?? ''));
  const [goal, outsourcing, people] = [EN.caseTitles[0], EN.caseTitles[2], EN.caseTitles[5]];
  const expectedOrder = [`${goal} (${EN.appliesInPart})`, `${outsourcing} (${EN.applies})`, `${people} (${EN.appliesInPart})`];
  assert.deepEqual(await names(), expectedOrder);
  // By accessible name too (the case's title and badge, then its next step).
  for (const [i, title] of [goal, outsourcing, people].entries()) {
    const byName = q.scope.getByRole('checkbox', { name: new RegExp(`^${title} \\(`) });
    assert.equal(await byName.count(), 1, `one step named "${title}"`);
    assert.equal(await byName.getAttribute('id'), await steps.nth(i).getAttribute('id'), `step ${i + 1} is "${title}"`);
  }
  const checked = () => steps.evaluateAll((els) => els.map((el) => el.checked));
  assert.deepEqual(await checked(), [false, false, false]);

  await q.scope.getByRole('checkbox', { name: outsourcing }).check();
  assert.deepEqual(await checked(), [false, true, false]);
  assert.equal(
    (await storageDump(page)).session[STANDALONE_KEY],
    savedState({ step: 'r', answers, lang: 'en', ticked: [3] }),
  );
  await page.reload();
  await q.result();
  assert.deepEqual(await names(), expectedOrder);
  assert.deepEqual(await checked(), [false, true, false], 'the tick survived the reload');

  await q.button(EN.copyPlan).click();
  await visible(q.status(EN.copied), '"Copied." after copying the plan');
  const text = await clipboardText(page);
  assert.ok(text.startsWith(`${EN.planHeading}\n`), text.slice(0, 80));
  const at = [goal, outsourcing, people].map((t) => text.indexOf(t));
  assert.ok(at[0] > 0 && at[0] < at[1] && at[1] < at[2], `plan order in the text:\n${text}`);
  assert.ok(text.includes(EN.verdictTitles.train), `the verdict in the text:\n${text}`);
  s.log.assertNoErrors();
});

// ---- 7. print ----

async function expectPrintLayout(page, verdict, what) {
  const q = standalone(page);
  await page.emulateMedia({ media: 'print' });
  await settle(page);
  await visible(q.heading(EN.verdictTitles[verdict]), `${what}: the verdict in print`);
  await visible(q.img(EN.courseResult(EN.places[verdict])), `${what}: the course in print`);
  await visible(q.heading(EN.planHeading), `${what}: the plan in print`);
  const buttons = await renderedState(q.scope.getByRole('button', { includeHidden: true }));
  assert.ok(buttons.length >= 8, `${what}: the widget has its buttons (${buttons.length})`);
  assert.deepEqual(
    buttons.filter((b) => b.visible),
    [],
    `${what}: no button is visible in print`,
  );
  await page.emulateMedia({ media: 'screen' });
  await settle(page);
  const onScreen = await renderedState(q.scope.getByRole('button', { includeHidden: true }));
  assert.ok(onScreen.filter((b) => b.visible).length >= 8, `${what}: the buttons are back on screen`);
}

test('print: verdict, course and plan show, buttons do not; one A4 page', async (t) => {
  const s = await h.open();
  const { page } = s;
  const cases = [
    ['all yes', ALL_YES],
    ['no, then yes', ['no', ...ALL_YES.slice(1)]],
  ];
  for (const [what, answers] of cases) {
    const { verdict } = expectedResult(answers);
    assert.equal(await openResult(page, shareUrl(answers), 'en'), verdict);
    await expectPrintLayout(page, verdict, what);
    if (answers.includes('no')) {
      await page.emulateMedia({ media: 'print' });
      const steps = await renderedState(standalone(page).checkboxes());
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
  await openResult(page, shareUrl(allNo), 'en');
  await expectPrintLayout(page, 'hands-off', 'all no');
  await page.emulateMedia({ media: null });
  const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
  assert.ok(pages >= 1);
  t.diagnostic(`all-no result (8 warnings) prints on ${pages} A4 page(s)`);
  s.log.assertNoErrors();
});

// ---- 8. result card ----

async function expectCard(page, lang, answers) {
  const { verdict, score } = expectedResult(answers);
  const k = TEXT[lang];
  assert.equal(await openResult(page, shareUrl(answers, lang), lang), verdict);
  const q = standalone(page, lang);

  const png = await q.download(k.png);
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

  const svg = await q.download(k.svg);
  assert.equal(svg.name, `startklar-${verdict}.svg`);
  const text = svg.bytes.toString('utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(text, new RegExp(`>${score}</text>`), 'the score');
  const title = k.verdictTitles[verdict];
  assert.ok(text.includes(`>${title}</text>`), `the verdict title "${title}"`);
  assert.ok(text.includes(`lang="${lang}"`));
  return text;
}

test('result card: PNG and SVG downloads in English', async () => {
  const s = await h.open();
  await expectCard(s.page, 'en', TRAIN);
  s.log.assertNoErrors();
});

test('result card: "Startnummer als PNG" and SVG in German', async () => {
  const s = await h.open();
  const answers = ['no', ...ALL_YES.slice(1)];
  const text = await expectCard(s.page, 'de', answers);
  assert.ok(text.includes(`>${TEXT.de.introHeading}</text>`), 'the German title');
  assert.ok(text.includes(`${TEXT.de.cardPoints}</text>`), 'German "points"');
  s.log.assertNoErrors();
});

// ---- 9. the course ----

test('the course: progress during the questions, the verdict\'s place on the result', async () => {
  const s = await h.open();
  const { page } = s;
  const q = await openAt(page, 'index.html?lang=en');
  await q.start();
  await visible(q.img(EN.course(1)), 'the course on question 1');
  await answerSome(q, ['yes', 'yes']);
  const course = q.img(EN.course(3));
  await visible(course, 'the course on question 3');
  assert.equal(await q.img().count(), 1, 'one course');
  assert.equal(await course.locator('circle.sk-course-done').count(), 2, 'two checkpoints done');
  assert.equal(await course.locator('circle.sk-course-current').count(), 1, 'one current checkpoint');
  // Nothing is fetched for it: an inline SVG.
  assert.equal(await course.evaluate((el) => el.tagName.toLowerCase()), 'svg');

  for (const answers of [ALL_YES, TRAIN, ['no', ...ALL_YES.slice(1)]]) {
    const { verdict } = expectedResult(answers);
    assert.equal(await openResult(page, shareUrl(answers), 'en'), verdict);
    const name = await q.img().getAttribute('aria-label');
    assert.equal(name, EN.courseResult(EN.places[verdict]), verdict);
    assert.ok(name.includes(EN.places[verdict]));
  }
  // German.
  await openResult(page, shareUrl(TRAIN, 'de'), 'de');
  await visible(q.img(TEXT.de.courseResult(TEXT.de.places.train)), 'the German course');
  s.log.assertNoErrors();
});

// ---- regressions of bugs found by these tests ----

test(
  'a broken share link in a tab that has stored progress still shows the note and the intro',
  {},
  async () => {
    const s = await h.open();
    const { page } = s;
    // Progress in this tab: the first question answered.
    const q = await openAt(page, 'index.html?lang=en');
    await q.start();
    await answerSome(q, ['yes']);
    assert.ok((await storageDump(page)).session[STANDALONE_KEY], 'the tab has stored progress');
    await page.goto('about:blank');
    await page.goto(h.url(`index.html?lang=en${BAD_LINKS.tampered}`));
    await settle(page);
    await q.intro(5_000).catch(() => {});
    assert.equal(s.log.warningsMatching(/share link.*Showing the intro/).length, 1, JSON.stringify(s.log.warnings));
    assert.equal(await q.scope.locator('[data-verdict]').count(), 0, 'no result after a tampered link');
    assert.equal(await q.alert().count(), 1, 'the note');
  },
);

test(
  'the course\'s place labels do not overlap',
  {},
  async () => {
    const s = await h.open();
    const { page } = s;
    for (const lang of ['en', 'de']) {
      await openResult(page, shareUrl(TRAIN, lang), lang);
      const boxes = await standalone(page, lang)
        .img()
        .evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBBox().x, t.getBBox().x + t.getBBox().width]));
      boxes.sort((a, b) => a[1] - b[1]);
      for (let i = 1; i < boxes.length; i++) {
        assert.ok(boxes[i - 1][2] <= boxes[i][1], `${lang}: "${boxes[i - 1][0]}" overlaps "${boxes[i][0]}": ${JSON.stringify(boxes)}`);
      }
    }
  },
);
