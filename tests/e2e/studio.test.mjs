// Startklar Studio (studio.html): an author rewrites the words, sees them in
// the live preview, exports the pack, copies the snippet and runs the quiz
// on a plain page. Runs on the build (dist/, or $STARTKLAR_DIST).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useHarness, hostPage } from './support/harness.mjs';
import { quiz, settle, visible, tabTo, isFocused, until } from './support/driver.mjs';
import { packTexts, readPack, PACKS_DIR } from './support/text.mjs';
import { runAxe, formatViolations, AXE_CONTEXT_OPTIONS } from './support/a11y.mjs';
import { DIST } from './support/server.mjs';

const h = useHarness({ needs: 'studio.html' });
const english = JSON.parse(readFileSync(path.join(DIST, 'content', 'en.json'), 'utf8'));
const NEW_QUESTION = 'Do you know what your blog should achieve this year?';

/** A fresh studio in a large window, in English. */
async function openStudio(options = {}) {
  const s = await h.open({ viewport: { width: 1400, height: 1000 }, locale: 'en-US', acceptDownloads: true, ...options });
  await s.page.goto(h.url('studio.html'));
  await visible(s.page.getByRole('heading', { name: 'Startklar Studio', level: 1 }), 'the studio heading');
  return s;
}

/** Starts from the built-in English pack; returns the page's locators. */
async function startFromEnglish(s) {
  await s.page.getByRole('button', { name: 'The English pack' }).click();
  return studio(s.page);
}

const studio = (page) => ({
  field: (section, label) => page.getByRole('group', { name: section, exact: true }).getByRole('textbox', { name: label, exact: true }),
  exportButton: () => page.getByRole('button', { name: 'Export pack', exact: true }),
  preview: () => page.locator('#preview'),
  jump: (name) => page.getByRole('group', { name: 'Show in the preview' }).getByRole('button', { name, exact: true }),
});

/** Clicks Export and reads the downloaded file: { name, text }. */
async function exportPack(page, press) {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  assert.equal(await download.failure(), null);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('start from the English pack, edit question 1, and the preview shows it', async () => {
  const s = await openStudio();
  const st = await startFromEnglish(s);
  const question = st.field('Case 1', 'Question');
  assert.equal(await question.inputValue(), english.cases[0].question);
  await question.fill(NEW_QUESTION);
  await visible(s.page.getByText(`Original: ${english.cases[0].question}`), 'the original as a hint');
  await st.jump('Question 1').click();
  const preview = quiz(st.preview(), packTexts(english));
  await preview.question(1);
  await visible(st.preview().getByText(NEW_QUESTION, { exact: true }), 'the edited question in the preview');
  // Verdict jumps show a result with answers that lead to it.
  await st.jump('Verdict: hands off').click();
  await until(async () => (await preview.verdict()) === 'hands-off', 'the preview at the hands-off result');
  s.log.assertNoErrors();
});

test('an invalid field shows its message and a summary with a link to it, and export is blocked', async () => {
  const s = await openStudio();
  const st = await startFromEnglish(s);
  const question = st.field('Case 1', 'Question');
  await question.fill('   ');
  await visible(s.page.getByRole('heading', { name: 'There is a problem' }), 'the error summary');
  assert.equal(await question.getAttribute('aria-invalid'), 'true');
  await visible(s.page.getByText('must not be empty', { exact: true }), 'the message at the field');
  assert.equal(await st.exportButton().isDisabled(), true, 'export is blocked');
  await s.page.getByRole('link', { name: '/cases/0/question: must not be empty' }).click();
  assert.ok(await isFocused(question), 'the summary link focuses the field');
  await question.fill('x'.repeat(201));
  await visible(s.page.getByText('201 of 200 characters'), 'the live count over the limit');
  await question.fill(NEW_QUESTION);
  await until(async () => !(await st.exportButton().isDisabled()), 'export enabled again');
  assert.equal(await s.page.getByRole('heading', { name: 'There is a problem' }).count(), 0);
});

test('the exported pack is the edit, and the widget loads it with content=', async () => {
  const s = await openStudio();
  const st = await startFromEnglish(s);
  await st.field('Case 1', 'Question').fill(NEW_QUESTION);
  await s.page.getByRole('group', { name: 'Case 1', exact: true }).getByRole('button', { name: 'Add a link to your article' }).click();
  await st.field('Case 1', 'Link – href').fill('https://example.org/blog/post#goal');
  await st.field('Case 1', 'Link – label').fill('Read case 1 in the post');
  const file = await exportPack(s.page, () => st.exportButton().click());
  assert.equal(file.name, 'startklar-en.json');
  assert.ok(file.text.startsWith('{\n  "$schema": "../startklar-content.schema.json",\n  "format": "startklar-content/1",'), file.text.slice(0, 120));
  const pack = JSON.parse(file.text);
  assert.equal(pack.cases[0].question, NEW_QUESTION);
  assert.deepEqual(pack.cases[0].link, { href: 'https://example.org/blog/post#goal', label: 'Read case 1 in the post' });
  // On a plain page, as an author would serve it.
  await s.virtualFile('demo/startklar-en.json', file.text);
  await s.page.goto(await s.virtualPage('demo/__exported.html', hostPage({ title: 'exported', body: '<startklar-quiz id="q" content="startklar-en.json"></startklar-quiz>' })));
  const q = quiz(s.page.locator('#q'), packTexts(pack));
  await q.intro();
  await q.start();
  await visible(q.scope.getByText(NEW_QUESTION, { exact: true }), 'the exported question in the widget');
  s.log.assertNoErrors();
});

test('the draft survives a reload, and start over asks before discarding it', async () => {
  const s = await openStudio();
  const st = await startFromEnglish(s);
  await st.field('Case 1', 'Question').fill(NEW_QUESTION);
  // Kept as the author types: in localStorage right after the edit's render.
  await until(
    () => s.page.evaluate((text) => localStorage.getItem('startklar-studio:draft')?.includes(text) ?? false, NEW_QUESTION),
    'the draft in localStorage',
  );
  await s.page.reload();
  assert.equal(await st.field('Case 1', 'Question').inputValue(), NEW_QUESTION);
  await s.page.getByRole('button', { name: 'Start over' }).click();
  await s.page.getByRole('button', { name: 'Keep editing' }).click();
  assert.equal(await st.field('Case 1', 'Question').inputValue(), NEW_QUESTION, 'keeping leaves the draft');
  await s.page.getByRole('button', { name: 'Start over' }).click();
  await visible(s.page.getByText('Discard your draft and start over?', { exact: false }), 'the question');
  await s.page.getByRole('button', { name: 'Discard draft' }).click();
  await visible(s.page.getByRole('button', { name: 'The English pack' }), 'the start again');
  await s.page.reload();
  await visible(s.page.getByRole('button', { name: 'The German pack' }), 'nothing kept after discarding');
});

test('a pack file dropped on the start is edited', async () => {
  const s = await openStudio();
  const text = readFileSync(path.join(PACKS_DIR, 'good', 'ar.json'), 'utf8');
  const dataTransfer = await s.page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'ar.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await s.page.getByText('Or drop a pack file (.json) here.').dispatchEvent('drop', { dataTransfer });
  const arabic = JSON.parse(text);
  assert.equal(await studio(s.page).field('Case 1', 'Question').inputValue(), arabic.cases[0].question);
  await quiz(studio(s.page).preview(), packTexts(arabic)).intro();
});

test('a pack file opened with the file picker is edited, a file that is no pack is refused', async () => {
  const s = await openStudio();
  const picker = s.page.getByLabel('Open a pack file');
  await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1}') });
  await visible(s.page.getByRole('alert').filter({ hasText: 'This file is not a content pack: /format: must be "startklar-content/1"' }), 'the refusal');
  await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "startklar-content/1"\n  "lang": "fr"\n}') });
  await visible(s.page.getByRole('alert').filter({ hasText: "line 3, column 3: expected ',' or '}'" }), 'a syntax error by line and column');
  await picker.setInputFiles(path.join(PACKS_DIR, 'good', 'fr.json'));
  const st = studio(s.page);
  const french = readPack(path.join(PACKS_DIR, 'good', 'fr.json'));
  await visible(st.field('Case 1', 'Question'), 'the French pack in the form');
  // A pack with a problem opens too; the problem is in the summary.
  await s.page.getByRole('button', { name: 'Start over' }).click();
  await s.page.getByRole('button', { name: 'Discard draft' }).click();
  const faulty = structuredClone(french);
  faulty.ui.next = '';
  await s.page.getByLabel('Open a pack file').setInputFiles({ name: 'faulty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(faulty)) });
  await visible(s.page.getByRole('link', { name: '/ui/next: must not be empty' }), 'the problem of the opened pack');
  assert.equal(await st.exportButton().isDisabled(), true);
  await st.field('Buttons, labels and messages', 'Next').fill(french.ui.next);
  await until(async () => !(await st.exportButton().isDisabled()), 'export enabled once fixed');
  assert.equal(await st.field('Case 1', 'Question').inputValue(), french.cases[0].question);
  await quiz(st.preview(), packTexts(french)).intro();
});

test('done when: an author rewrites the questions, exports the pack, copies the snippet and runs the quiz on a plain page', async () => {
  const s = await openStudio({ permissions: ['clipboard-read', 'clipboard-write'] });
  const st = await startFromEnglish(s);
  const mine = english.cases.map((_, i) => `My own question ${i + 1} for my blog?`);
  for (const [i, question] of mine.entries()) await st.field(`Case ${i + 1}`, 'Question').fill(question);
  await s.page.getByLabel('Colour scheme').selectOption('dark');
  await s.page.getByLabel('Keep answers').selectOption('off');
  assert.equal(await st.preview().getAttribute('theme'), 'dark', 'the preview follows the chosen scheme');
  await s.page.getByLabel('Accent colour').fill('#8a2be2');
  await until(
    () => st.preview().evaluate((el) => el.style.getPropertyValue('--startklar-accent') === '#8a2be2'),
    'the preview follows the accent colour',
  );
  const csp = await s.page.getByRole('textbox', { name: 'Content-Security-Policy, if your page sends one' }).inputValue();
  assert.match(csp, /script-src 'self' http:\/\/127\.0\.0\.1:\d+ 'wasm-unsafe-eval'/);
  assert.match(await s.page.getByRole('textbox', { name: 'Iframe, for hosts that allow no scripts' }).inputValue(), /index\.html\?embed=1&amp;lang=en&amp;content=startklar-en\.json/);
  const file = await exportPack(s.page, () => st.exportButton().click());
  await s.page.getByRole('button', { name: 'Copy – Two lines for your page' }).click();
  await visible(s.page.getByRole('status').filter({ hasText: 'Copied.' }), 'Copied.');
  const snippet = await s.page.evaluate(() => navigator.clipboard.readText());
  assert.match(
    snippet,
    /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/startklar\.js"><\/script>\n<startklar-quiz content="startklar-en\.json" theme="dark" persist="off"><\/startklar-quiz>\n<style>startklar-quiz \{ --startklar-accent: #8a2be2; \}<\/style>$/,
  );
  // A plain page with nothing but the snippet, the pack beside it.
  await s.virtualFile('demo/startklar-en.json', file.text);
  await s.page.goto(await s.virtualPage('demo/__snippet.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>snippet</title></head><body><main><h1>My blog</h1>\n${snippet}\n</main></body></html>`));
  const element = s.page.locator('startklar-quiz');
  assert.equal(await element.getAttribute('theme'), 'dark');
  assert.equal(await element.getAttribute('persist'), 'off');
  const q = quiz(element, packTexts(JSON.parse(file.text)));
  await q.intro();
  await q.start();
  for (const [i, question] of mine.entries()) {
    await visible(q.scope.getByText(question, { exact: true }), `my question ${i + 1}`);
    await q.choose('yes');
    await q.next(i + 1);
  }
  assert.equal((await q.result()).verdict, 'ready');
  s.log.assertNoErrors();
});

test('German interface: labels, jumps and export in German', async () => {
  const s = await openStudio();
  await s.page.getByRole('group', { name: 'Studio language' }).getByRole('button', { name: 'Deutsch' }).click();
  await s.page.getByRole('button', { name: 'Dem deutschen Paket' }).click();
  await visible(s.page.getByRole('button', { name: 'Paket exportieren' }), 'Export in German');
  await visible(s.page.getByRole('group', { name: 'In der Vorschau zeigen' }).getByRole('button', { name: 'Frage 1', exact: true }), 'Frage 1');
  const question = s.page.getByRole('group', { name: 'Fall 1', exact: true }).getByRole('textbox', { name: 'Frage', exact: true });
  await question.fill('');
  await visible(s.page.getByText('darf nicht leer sein', { exact: true }), 'the message in German');
  await visible(s.page.getByRole('heading', { name: 'Es gibt ein Problem' }), 'the summary in German');
  assert.equal(await s.page.locator('.studio').getAttribute('lang'), 'de');
});

test('axe: no violation on the start, the editor with a problem, and in German', async () => {
  const s = await openStudio(AXE_CONTEXT_OPTIONS);
  const check = async (where) => {
    await settle(s.page);
    const found = await runAxe(s.page);
    assert.deepEqual(found, [], formatViolations(found, where));
  };
  await check('start');
  const st = await startFromEnglish(s);
  await quiz(st.preview(), packTexts(english)).intro();
  await check('editor');
  await st.field('Case 1', 'Question').fill('');
  await check('editor with a problem');
  await s.page.getByRole('button', { name: 'Start over' }).click();
  await check('start over question');
  await s.page.getByRole('button', { name: 'Keep editing' }).click();
  await s.page.getByRole('group', { name: 'Studio language' }).getByRole('button', { name: 'Deutsch' }).click();
  await check('editor in German');
});

test('keyboard only: start, edit question 1, export', async () => {
  const s = await openStudio();
  const start = s.page.getByRole('button', { name: 'The English pack' });
  await tabTo(s.page, start, 'the English pack button');
  await s.page.keyboard.press('Enter');
  const st = studio(s.page);
  const question = st.field('Case 1', 'Question');
  await tabTo(s.page, question, 'the question of case 1', 60);
  await s.page.keyboard.press('Control+A');
  await s.page.keyboard.type(NEW_QUESTION);
  await tabTo(s.page, st.exportButton(), 'Export pack', 60, 'Shift+Tab');
  const file = await exportPack(s.page, () => s.page.keyboard.press('Enter'));
  assert.equal(JSON.parse(file.text).cases[0].question, NEW_QUESTION);
});
