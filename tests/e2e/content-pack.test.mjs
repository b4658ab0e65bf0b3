// Content packs: an author's own words from a JSON file (`content="URL"`,
// and `?content=` of the same origin on the standalone page). A French pack
// drives a whole quiz; an edited English pack replaces the built-in one; an
// Arabic pack lays the widget out right to left; every kind of bad pack
// gives the built-in quiz and one console error that names the problem.
// Runs on the build (dist/, or $STARTKLAR_DIST).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useHarness, hostPage } from './support/harness.mjs';
import { quiz, ANSWER_SETS, expectedResult, recordEvents, settle, visible, until } from './support/driver.mjs';
import { packTexts, readPack, PACKS_DIR } from './support/text.mjs';
import { runAxe, formatViolations, AXE_CONTEXT_OPTIONS } from './support/a11y.mjs';
import { DIST } from './support/server.mjs';

const h = useHarness();

/** The built-in English pack as the build ships it: what an author copies. */
const shippedEnglish = () => JSON.parse(readFileSync(path.join(DIST, 'content', 'en.json'), 'utf8'));
const french = readPack(path.join(PACKS_DIR, 'good', 'fr.json'));
const arabic = readPack(path.join(PACKS_DIR, 'good', 'ar.json'));
const FR = packTexts(french);
const AR = packTexts(arabic);

/** A host page in demo/ with one widget whose attributes are `attributes`. */
async function packPage(s, name, attributes, pageLang = 'en') {
  return s.virtualPage(
    `demo/__${name}.html`,
    hostPage({
      title: name,
      lang: pageLang,
      body: `<main><h1>${name}</h1><startklar-quiz id="q" ${attributes}><p>Fallback text</p></startklar-quiz></main>`,
    }),
  );
}

/** The language buttons the widget offers, by their accessible names. */
const languageButtons = (q) => q.scope.getByRole('group', { name: q.t.languageLabel }).getByRole('button').allInnerTexts();

test('a French pack drives a whole quiz: texts, events, the case link, language switch and a share link that reopens it', async () => {
  const s = await h.open();
  await s.virtualFile('demo/packs/fr.json', JSON.stringify(french));
  await s.page.goto(await packPage(s, 'fr', 'content="packs/fr.json"'));
  const q = quiz(s.page.locator('#q'), FR);
  await q.intro();
  assert.equal(await q.scope.locator('.sk').first().getAttribute('lang'), 'fr');
  assert.deepEqual(await languageButtons(q), ['Deutsch', 'English', FR.language], 'the pack beside the built-in languages');
  const events = await recordEvents(s.page);
  await q.start();
  await visible(q.scope.getByText(FR.questions[0], { exact: true }), 'question 1 in French');
  await q.answer(ANSWER_SETS['hands-off']);
  const result = await q.result();
  assert.deepEqual(result, expectedResult(ANSWER_SETS['hands-off']));
  const complete = (await events()).filter((e) => e.type === 'startklar-complete');
  assert.equal(complete.length, 1);
  assert.equal(complete[0].detail.verdict, 'hands-off');
  assert.equal((await events()).filter((e) => e.type === 'startklar-answer').length, 8);
  // Case 1 is answered "no": its link to the author's article shows with it.
  const link = q.scope.getByRole('link', { name: french.cases[0].link.label, exact: true });
  await visible(link, 'the link of case 1');
  assert.equal(await link.getAttribute('href'), french.cases[0].link.href);
  // The share link names the pack; the standalone page of the same origin reopens it in French.
  const shared = await q.textbox(FR.shareLinkLabel).inputValue();
  assert.match(shared, /\?lang=fr&content=http/);
  assert.ok(shared.includes(encodeURIComponent(h.url('demo/packs/fr.json')).replaceAll('%2F', '/').replaceAll('%3A', ':')), shared);
  const other = await s.newPage();
  await other.page.goto(shared);
  const reopened = quiz(other.page.locator('startklar-quiz'), FR);
  assert.deepEqual(await reopened.result(20_000), result);
  other.log.assertNoErrors();
  assert.deepEqual(other.log.warnings, []);
  s.log.assertNoErrors();
});

test('a French pack keeps answers over a reload and switches to German and back', async () => {
  const s = await h.open();
  await s.virtualFile('demo/packs/fr.json', JSON.stringify(french));
  await s.page.goto(await packPage(s, 'fr-resume', 'content="packs/fr.json"'));
  const q = quiz(s.page.locator('#q'), FR);
  await q.intro();
  await q.start();
  await q.answer(['yes', 'partly', 'no']);
  await q.question(4);
  await s.page.reload();
  await q.question(4);
  await q.back();
  assert.equal(await q.checked(), 'no', 'the stored answer, in French');
  await q.button('Deutsch').click();
  const de = q.in('de');
  await de.question(3);
  await de.button(FR.language).click();
  await q.question(3);
  s.log.assertNoErrors();
});

test('an edited copy of the shipped en.json replaces the built-in English', async () => {
  const s = await h.open();
  const pack = shippedEnglish();
  assert.equal(pack.format, 'startklar-content/1');
  assert.match(pack.$schema, /startklar-content\.schema\.json$/);
  pack.cases[0].question = 'Do you know what your blog should achieve this year?';
  pack.cases[0].link = { href: 'https://example.org/blog/finger-weg#ziel', label: 'Read case 1 in the post' };
  await s.virtualFile('demo/my-pack.json', JSON.stringify(pack, null, 2));
  await s.page.goto(await packPage(s, 'edited', 'content="my-pack.json"', 'de'));
  const q = quiz(s.page.locator('#q'), 'en');
  await q.intro();
  assert.deepEqual(await languageButtons(q), ['Deutsch', 'English'], 'the pack takes the built-in English place');
  await q.start();
  await visible(q.scope.getByText(pack.cases[0].question, { exact: true }), 'the edited question 1');
  s.log.assertNoErrors();
});

test('a content attribute set at run time shows the pack; removed, the built-in texts again', async () => {
  const s = await h.open();
  await s.virtualFile('demo/packs/fr.json', JSON.stringify(french));
  await s.page.goto(await packPage(s, 'runtime', 'lang="en"'));
  const en = quiz(s.page.locator('#q'), 'en');
  await en.intro();
  await s.page.evaluate(() => {
    const q = document.getElementById('q');
    q.removeAttribute('lang');
    q.setAttribute('content', 'packs/fr.json');
  });
  await quiz(s.page.locator('#q'), FR).intro();
  await s.page.evaluate(() => document.getElementById('q').removeAttribute('content'));
  await en.intro();
  s.log.assertNoErrors();
});

test('the fallback content stays while the pack loads', async () => {
  const s = await h.open();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await s.context.route(h.url('demo/packs/slow.json'), async (route) => {
    await held;
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(french) });
  });
  await s.page.goto(await packPage(s, 'slow', 'content="packs/slow.json"'));
  await settle(s.page);
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(await s.page.getByText('Fallback text').isVisible(), true, 'the fallback shows while the pack loads');
  assert.equal(await s.page.evaluate(() => document.querySelector('#q').shadowRoot), null, 'no widget yet');
  release();
  await quiz(s.page.locator('#q'), FR).intro();
  s.log.assertNoErrors();
});

test('a pack with markup shows it as text', async () => {
  const s = await h.open();
  const pack = shippedEnglish();
  const markup = 'Is <b>this</b> <img src=x onerror="window.__injected=1"> & <script>window.__injected=2</script> your goal?';
  pack.intro.title = '<i>Ready</i>?';
  pack.cases[0].question = markup;
  await s.virtualFile('demo/markup.json', JSON.stringify(pack));
  await s.page.goto(await packPage(s, 'markup', 'content="markup.json"'));
  const q = quiz(s.page.locator('#q'), { ...packTexts(pack) });
  await q.intro();
  await q.start();
  await visible(q.scope.getByText(markup, { exact: true }), 'the markup as text');
  const tags = await s.page.evaluate(() => document.querySelector('#q').shadowRoot.querySelectorAll('b, img, script, i').length);
  assert.equal(tags, 0, 'no element from the pack');
  assert.equal(await s.page.evaluate(() => window.__injected ?? null), null);
  s.log.assertNoErrors();
});

test('an Arabic pack lays the widget out right to left at 320 and 1280 px: no overflow, axe clean', async () => {
  for (const width of [320, 1280]) {
    const s = await h.open({ ...AXE_CONTEXT_OPTIONS, viewport: { width, height: 800 } });
    await s.virtualFile('demo/packs/ar.json', JSON.stringify(arabic));
    await s.page.goto(await packPage(s, `ar-${width}`, 'content="packs/ar.json"', 'ar'));
    const q = quiz(s.page.locator('#q'), AR);
    await q.intro();
    const root = q.scope.locator('.sk').first();
    assert.equal(await root.getAttribute('dir'), 'rtl');
    assert.equal(await root.getAttribute('lang'), 'ar');
    const check = async (where) => {
      await settle(s.page);
      const overflow = await s.page.evaluate(() => {
        const sk = document.querySelector('#q').shadowRoot.querySelector('.sk');
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          widget: sk.scrollWidth - sk.clientWidth,
          direction: getComputedStyle(sk).direction,
        };
      });
      assert.deepEqual(overflow, { page: 0, widget: 0, direction: 'rtl' }, `${where} at ${width} px`);
      const found = await runAxe(s.page);
      assert.deepEqual(found, [], formatViolations(found, `${where} at ${width} px`));
    };
    await check('intro');
    await q.start();
    await check('question 1');
    await q.answer(ANSWER_SETS.train);
    await q.result();
    await check('result');
    // The back arrow stands first, on the right, and points right ("‹" is
    // mirrored in right-to-left text); the course runs from right to left.
    const mirrored = await s.page.evaluate(() => {
      const sk = document.querySelector('#q').shadowRoot.querySelector('.sk');
      const back = sk.querySelector('.sk-back');
      return {
        arrow: getComputedStyle(back, '::before').content,
        direction: getComputedStyle(back).direction,
        course: getComputedStyle(sk.querySelector('.sk-course')).transform,
      };
    });
    assert.match(mirrored.arrow, /‹/);
    assert.equal(mirrored.direction, 'rtl');
    assert.match(mirrored.course, /^matrix\(-1, 0, 0, 1/);
    s.log.assertNoErrors();
    await s.context.close();
  }
});

/** Each kind of bad pack: [name, served body or response, expected pattern of the one console error]. */
function badPacks() {
  const pack = shippedEnglish;
  const edit = (change) => {
    const p = pack();
    change(p);
    return JSON.stringify(p, null, 2);
  };
  return [
    ['invalid JSON', '{\n  "format": "startklar-content/1",\n  "lang": "en"\n  "ui": {}\n}\n', /line 4, column 3/],
    ['a missing field', edit((p) => delete p.intro.title), /\/intro\/title: /],
    ['an empty field', edit((p) => (p.cases[3].question = '')), /\/cases\/3\/question: /],
    ['a blank field', edit((p) => (p.cases[3].question = '   ')), /\/cases\/3\/question: /],
    ['an unknown field', edit((p) => (p.surpriseField = 1)), /\/surpriseField: unknown field/],
    ['a text over its limit', edit((p) => (p.ui.next = 'Next '.repeat(60))), /\/ui\/next: /],
    ['a javascript: link', edit((p) => (p.cases[0].link = { href: 'javascript:alert(1)', label: 'x' })), /\/cases\/0\/link\/href: /],
    ['a data: link', edit((p) => (p.cases[0].link = { href: 'data:text/html,<b>x</b>', label: 'x' })), /\/cases\/0\/link\/href: /],
    ['seven cases', edit((p) => p.cases.pop()), /\/cases: /],
    ['a pack over 64 KB', edit((p) => (p.intro.lead = 'x'.repeat(70 * 1024))), /64 KB/],
    ['HTTP 404', { status: 404, body: 'not found' }, /HTTP 404/],
    ['a network failure', { abort: true }, /network error/],
  ];
}

test('every kind of bad pack: the built-in quiz and one console error that names the file and the problem', async () => {
  const s = await h.open();
  for (const [name, body, expected] of badPacks()) {
    const file = `demo/bad/${name.replaceAll(/[^a-z0-9]+/gi, '-')}.json`;
    await s.context.route(h.url(file), (route) => {
      if (body.abort) return route.abort('connectionrefused');
      if (typeof body === 'object') return route.fulfill({ status: body.status, contentType: 'text/plain', body: body.body });
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    const w = s.log.since();
    await s.page.goto(await packPage(s, `bad-${name.replaceAll(/[^a-z0-9]+/gi, '-')}`, `content="../${file}"`));
    const q = quiz(s.page.locator('#q'), 'en');
    await q.intro();
    await q.answerFirst();
    await settle(s.page);
    const errors = w.errorsMatching(/<startklar-quiz>/);
    assert.equal(errors.length, 1, `${name}: exactly one console error, got ${JSON.stringify(errors)}`);
    assert.ok(errors[0].includes(h.url(file)), `${name}: the error names the file: ${errors[0]}`);
    assert.match(errors[0], expected, `${name}: the error names the problem`);
    await s.page.goto('about:blank');
  }
  assert.deepEqual(s.log.pageErrors, []);
});

test('a rejected pack leaves the built-in language nearest to it', async () => {
  const s = await h.open();
  const pack = shippedEnglish();
  pack.lang = 'de-AT';
  pack.surpriseField = true;
  await s.virtualFile('demo/de-at.json', JSON.stringify(pack));
  await s.page.goto(await packPage(s, 'nearest', 'content="de-at.json"', 'en'));
  await quiz(s.page.locator('#q'), 'de').intro();
  assert.equal(s.log.errorsMatching(/surpriseField/).length, 1);
});

test('?content= on the standalone page: the same origin is loaded, another origin is never fetched', async () => {
  const s = await h.open();
  await s.virtualFile('packs/fr.json', JSON.stringify(french));
  await s.page.goto(h.url('index.html?content=packs/fr.json'));
  await quiz(s.page.locator('startklar-quiz'), FR).intro();
  s.log.assertNoErrors();

  const requested = [];
  s.page.on('request', (request) => requested.push(request.url()));
  for (const foreign of ['https://evil.example/words.json', '//evil.example/words.json']) {
    await s.page.goto('about:blank');
    const w = s.log.since();
    await s.page.goto(h.url(`index.html?lang=en&content=${encodeURIComponent(foreign)}`));
    await quiz(s.page.locator('startklar-quiz'), 'en').intro();
    await settle(s.page);
    w.assertWarnings([/\?content=/, 1]);
    assert.deepEqual(w.errors, []);
  }
  assert.deepEqual(requested.filter((url) => new URL(url).host === 'evil.example'), [], 'nothing fetched from another origin');
});
