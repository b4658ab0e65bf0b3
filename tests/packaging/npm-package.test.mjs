// The npm package's contents, and its custom-elements.json checked against
// the real element: its observed and read attributes with the values it
// accepts, the events it sends with their detail, the ::part() names it
// renders and the custom properties its stylesheet reads, found in the
// release build (dist/) running in Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST } from '../e2e/support/server.mjs';
import { useHarness } from '../e2e/support/harness.mjs';
import { quiz, until } from '../e2e/support/driver.mjs';
import { VERSION, artifact, run, tempDir } from './support.mjs';

const ELEMENT_FILES = ['startklar-app.js', 'startklar-app_bg.wasm', 'startklar.js'];

/** The .tgz unpacked into a temp folder: { dir, files, remove }. */
function unpack() {
  const tmp = tempDir('npm');
  run('tar', ['-xzf', artifact(`startklar-quiz-${VERSION}.tgz`), '-C', tmp.dir]);
  const dir = path.join(tmp.dir, 'package');
  const files = run('tar', ['-tzf', artifact(`startklar-quiz-${VERSION}.tgz`)]).trim().split('\n').map((f) => f.replace(/^package\//, ''));
  return { dir, files: files.sort(), remove: tmp.remove };
}

const pkg = unpack();
process.on('exit', pkg.remove);
const manifest = JSON.parse(readFileSync(path.join(pkg.dir, 'custom-elements.json'), 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'startklar-quiz');
const names = (list) => (list ?? []).map((x) => x.name).sort();
/** 'a' | 'b' in a manifest type text → ['a', 'b']. */
const literals = (typeText) => [...typeText.matchAll(/'([^']*)'/g)].map((m) => m[1]).sort();

/** The built-in content packs and their schema, for authors to copy. */
const PACK_FILES = ['content/de.json', 'content/en.json', 'startklar-content.schema.json'];

test('the package holds exactly what the element loads, the content packs and their schema, its manifest, types and README', () => {
  assert.deepEqual(pkg.files, [...ELEMENT_FILES, ...PACK_FILES, 'README.md', 'custom-elements.json', 'index.d.ts', 'package.json'].sort());
  for (const file of [...ELEMENT_FILES, ...PACK_FILES]) {
    assert.ok(readFileSync(path.join(pkg.dir, file)).equals(readFileSync(path.join(DIST, file))), `${file} is the release build's`);
  }
  const json = JSON.parse(readFileSync(path.join(pkg.dir, 'package.json'), 'utf8'));
  assert.equal(json.name, 'startklar-quiz');
  assert.equal(json.version, VERSION, 'the version is Cargo.toml’s');
  assert.equal(json.exports['.'].default, './startklar.js');
  assert.equal(json.types, './index.d.ts');
  assert.equal(json.customElements, 'custom-elements.json');
  assert.doesNotMatch(readFileSync(path.join(pkg.dir, 'README.md'), 'utf8'), /@VERSION@/);
});

test('custom-elements.json declares the element and its definition', () => {
  assert.equal(manifest.schemaVersion, '1.0.0');
  assert.ok(element, 'a declaration with tagName startklar-quiz');
  assert.equal(element.customElement, true);
  const definition = manifest.modules.flatMap((m) => m.exports ?? []).find((e) => e.kind === 'custom-element-definition');
  assert.deepEqual(definition, { kind: 'custom-element-definition', name: 'startklar-quiz', declaration: { name: element.name, module: 'startklar.js' } });
});

const h = useHarness({ needs: 'demo/plain.html' });

test('manifest attributes: exactly the attributes the element observes or reads, with the values it accepts', async () => {
  const s = await h.visit('demo/plain.html');
  const q = quiz(s.page.locator('startklar-quiz'), 'de');
  await q.intro();

  const observed = await s.page.evaluate(() => [...customElements.get('startklar-quiz').observedAttributes]);
  const loader = readFileSync(path.join(DIST, 'startklar.js'), 'utf8');
  const read = [...loader.matchAll(/(?:has|get)Attribute\('([a-z-]+)'\)/g)].map((m) => m[1]);
  assert.deepEqual(names(element.attributes), [...new Set([...observed, ...read])].sort());

  // The values: each keyword attribute, set to nonsense on a new element,
  // makes the widget name the values it allows; they must be the manifest's.
  // (A new element, as some attributes are read only when it is added.)
  for (const attribute of element.attributes.filter((a) => a.type.text.includes("'"))) {
    const log = s.log.since();
    await s.page.evaluate((name) => {
      const probe = document.createElement('startklar-quiz');
      probe.id = 'probe';
      probe.setAttribute(name, 'nonsense');
      document.body.append(probe);
    }, attribute.name);
    await until(() => log.warnings.some((w) => w.includes(`invalid ${attribute.name}=`)), `a warning for ${attribute.name}`);
    const warning = log.warnings.find((w) => w.includes(`invalid ${attribute.name}=`));
    await s.page.evaluate(() => document.getElementById('probe').remove());
    const allowed = [...warning.split('allowed values:')[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]).sort();
    assert.deepEqual(literals(attribute.type.text), allowed, `values of ${attribute.name}`);
    if (attribute.default) assert.ok(allowed.includes(attribute.default.replaceAll("'", '')), `default of ${attribute.name}`);
  }
});

test('manifest events, parts and custom properties: exactly what a full quiz sends, renders and reads', async () => {
  const s = await h.open();
  await s.page.addInitScript(() => {
    window.__events = [];
    for (const type of ['startklar-answer', 'startklar-complete']) {
      document.addEventListener(type, (e) => window.__events.push({ type, keys: Object.keys(e.detail).sort() }));
    }
  });
  await s.page.goto(h.url('demo/plain.html'));
  const q = quiz(s.page.locator('startklar-quiz'), 'de');
  const parts = new Set();
  const collectParts = async () => {
    const found = await q.scope.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part').split(/\s+/)),
    );
    found.forEach((p) => parts.add(p));
  };
  await q.intro();
  await collectParts();
  await q.start();
  await collectParts();
  await q.answer(['yes']);
  await q.question(2);
  await collectParts(); // question 2 has the back button
  await q.back();
  // Partly and no answers, so that the result has warnings and a training plan.
  await q.answer(['yes', 'partly', 'yes', 'no', 'partly', 'yes', 'yes', 'yes']);
  await q.result();
  await collectParts();

  assert.deepEqual([...parts].sort(), names(element.cssParts), 'parts rendered in intro, questions and result');

  const events = await s.page.evaluate(() => window.__events);
  assert.deepEqual([...new Set(events.map((e) => e.type))].sort(), names(element.events), 'events sent');
  for (const declared of element.events) {
    const keys = [...declared.type.text.matchAll(/(\w+):/g)].map((m) => m[1]).sort();
    for (const sent of events.filter((e) => e.type === declared.name)) assert.deepEqual(sent.keys, keys, `detail of ${declared.name}`);
  }
  // No other event name is compiled into the widget.
  const wasm = readFileSync(path.join(DIST, 'startklar-app_bg.wasm')).toString('latin1');
  // startklar-content/1: the content-pack format the wasm checks.
  const known = ['startklar-app', 'startklar-quiz', 'startklar-fallback', 'startklar-content', ...names(element.events)];
  const unknown = [...wasm.matchAll(/(?<!-)startklar-[a-z]+(?:-[a-z]+)*/g)]
    .flatMap((m) => m[0].split(/(?=startklar-)/))
    .filter((s) => s !== 'startklar-' && !known.some((k) => s.startsWith(k)));
  assert.deepEqual([...new Set(unknown)], [], 'startklar-… names in the wasm that the manifest does not know');

  const properties = await q.scope.evaluate((el) => {
    const css = el.shadowRoot.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    return [...new Set(css.match(/--startklar-[a-z-]+/g))].sort();
  });
  assert.deepEqual(properties, names(element.cssProperties), 'custom properties the stylesheet reads');
});
