// The content packs' JSON Schema against the Rust decoder: the schema is a
// valid draft 2020-12 schema (ajv, strict), and ajv and `startklar-pack check`
// (the decoder the widget and the build run) give the same verdict on a
// table of good and bad packs and on every text field at and one over its
// limit. No browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { REPO_ROOT, tempDir } from './support.mjs';

const SCHEMA = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/startklar-content.schema.json'), 'utf8'));
const english = () => JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/en.json'), 'utf8'));
const CLI = path.join(REPO_ROOT, 'target/debug/startklar-pack');

let work;
before(() => {
  const built = spawnSync('cargo', ['build', '--quiet', '--bin', 'startklar-pack'], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, `cargo build --bin startklar-pack failed:\n${built.stderr}`);
  work = tempDir('packs');
});
after(() => work?.remove());

/** ajv's verdict on a pack given as text: true, or its errors. */
function ajvValidate() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(SCHEMA);
  return (text) => {
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return [`invalid JSON: ${error.message}`];
    }
    return validate(data) ? true : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
  };
}

/** Runs the Rust decoder over `packs` ({ name: text }); returns { name: { ok, lines } }. */
function rustCheck(packs) {
  const files = Object.entries(packs).map(([name, text]) => {
    const file = path.join(work.dir, `${name}.json`);
    writeFileSync(file, text);
    return file;
  });
  const result = spawnSync(CLI, ['check', ...files], { encoding: 'utf8' });
  assert.ok([0, 1].includes(result.status), `startklar-pack exited with ${result.status}: ${result.stderr}`);
  const verdicts = {};
  for (const [name] of Object.entries(packs)) {
    const file = path.join(work.dir, `${name}.json`);
    const lines = result.stdout.split('\n').filter((line) => line.startsWith(`${file}:`));
    verdicts[name] = { ok: lines.length === 1 && lines[0].startsWith(`${file}: ok`), lines };
  }
  return verdicts;
}

const edit = (change) => {
  const pack = english();
  change(pack);
  return JSON.stringify(pack, null, 2);
};

/** Bad packs, each with one problem: [name, text, the pointer the decoder names (null: none)]. */
const BAD = [
  ['syntax error', '{\n  "format": "startklar-content/1",\n  "lang": "en"\n  "ui": {}\n}\n', null],
  ['missing field', edit((p) => delete p.intro.title), '/intro/title'],
  ['missing section', edit((p) => delete p.verdicts), '/verdicts'],
  ['empty text', edit((p) => (p.cases[3].question = '')), '/cases/3/question'],
  ['blank text', edit((p) => (p.cases[3].question = ' \t ')), '/cases/3/question'],
  ['unknown top-level field', edit((p) => (p.surpriseField = 'x')), '/surpriseField'],
  ['unknown nested field', edit((p) => (p.cases[2].subtitle = 'x')), '/cases/2/subtitle'],
  ['ui text over its limit', edit((p) => (p.ui.next = 'n'.repeat(41))), '/ui/next'],
  ['card title over its limit', edit((p) => (p.intro.title = 't'.repeat(27))), '/intro/title'],
  ['javascript: link', edit((p) => (p.cases[0].link = { href: 'javascript:alert(1)', label: 'x' })), '/cases/0/link/href'],
  ['JaVaScRiPt: link', edit((p) => (p.cases[0].link = { href: 'JaVaScRiPt:alert(1)', label: 'x' })), '/cases/0/link/href'],
  ['data: link', edit((p) => (p.cases[0].link = { href: 'data:text/html,x', label: 'x' })), '/cases/0/link/href'],
  ['mailto: link', edit((p) => (p.intro.credit_link = { href: 'mailto:a@example.org', label: 'x' })), '/intro/credit_link/href'],
  ['link with a leading space', edit((p) => (p.cases[0].link = { href: ' https://example.org/', label: 'x' })), '/cases/0/link/href'],
  ['link with a control character', edit((p) => (p.cases[0].link = { href: 'https://exa\u0007mple.org/', label: 'x' })), '/cases/0/link/href'],
  ['link without a label', edit((p) => (p.cases[0].link = { href: '#goal' })), '/cases/0/link/label'],
  ['wrong format', edit((p) => (p.format = 'startklar-content/2')), '/format'],
  ['missing format', edit((p) => delete p.format), '/format'],
  ['seven cases', edit((p) => p.cases.pop()), '/cases'],
  ['nine cases', edit((p) => p.cases.push(p.cases[0])), '/cases'],
  ['a number for a text', edit((p) => (p.ui.back = 3)), '/ui/back'],
  ['an object for the cases', edit((p) => (p.cases = {})), '/cases'],
  ['bad dir', edit((p) => (p.dir = 'up')), '/dir'],
  ['bad lang', edit((p) => (p.lang = 'english')), '/lang'],
  ['lang with an empty subtag', edit((p) => (p.lang = 'en--GB')), '/lang'],
  ['missing placeholder', edit((p) => (p.ui.progress = 'Question {n}')), '/ui/progress'],
  ['chain with one link', edit((p) => (p.cases[1].chain = ['No long-term plan'])), '/cases/1/chain'],
  ['no conclusion points', edit((p) => (p.conclusion.points = [])), '/conclusion/points'],
  ['$schema not a string', edit((p) => (p.$schema = 1)), '/$schema'],
  ['unknown fallback field', edit((p) => (p.fallback.extra = 'x')), '/fallback/extra'],
];

/** Good packs beyond the built-in ones and tests/packs/good/. */
const GOOD = [
  ['no $schema and no fallback', edit((p) => (delete p.$schema, delete p.fallback))],
  ['markup as text', edit((p) => (p.cases[0].question = 'Is <b>this</b> & <script>alert(1)</script> your goal?'))],
  ['right to left', edit((p) => ((p.lang = 'he'), (p.dir = 'rtl')))],
  ['a long language tag', edit((p) => (p.lang = 'zh-Hant-TW'))],
  [
    'links of every allowed kind',
    edit((p) => {
      const hrefs = ['#case-1', '/blog/post', './x', '../y.html', 'https://example.org/a', 'HTTP://example.org/b', 'post?x=a:b', 'a/b:c'];
      hrefs.forEach((href, i) => (p.cases[i].link = { href, label: `Link ${i + 1}` }));
      p.intro.credit_link = { href: 'https://example.org/post', label: 'The post' };
    }),
  ],
];

/**
 * Verdicts that must differ because JSON Schema cannot see the problem:
 * duplicate keys vanish in JSON.parse before ajv sees the data.
 */
const KNOWN_DIFFERENCES = {
  'duplicate key': [edit(() => {}).replace('"format": "startklar-content/1",', '"format": "startklar-content/1",\n  "format": "startklar-content/1",'), '/'],
};

function packsOnDisk() {
  const packs = {};
  for (const lang of ['de', 'en']) packs[`content-${lang}`] = readFileSync(path.join(REPO_ROOT, `content/${lang}.json`), 'utf8');
  const dir = path.join(REPO_ROOT, 'tests/packs/good');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) packs[`good-${name.slice(0, -5)}`] = readFileSync(path.join(dir, name), 'utf8');
  return packs;
}

test('the schema is valid draft 2020-12 (ajv strict) and describes every property', () => {
  ajvValidate();
  const missing = [];
  const walk = (schema, where) => {
    if (!schema || typeof schema !== 'object') return;
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (!sub.description) missing.push(`${where}/${key}`);
      walk(sub, `${where}/${key}`);
    }
    if (schema.items) walk(schema.items, `${where}/items`);
    for (const [key, sub] of Object.entries(schema.$defs ?? {})) walk(sub, `${where}/$defs/${key}`);
  };
  walk(SCHEMA, '');
  assert.deepEqual(missing, [], 'every property has a description');
  assert.match(SCHEMA.properties.cases.items.properties.question.description, /"Yes" means the warning does not apply/);
  assert.match(SCHEMA.properties.cases.description, /knock-outs/);
});

test('ajv and the Rust decoder agree: the built-in packs, tests/packs/good/ and more good packs pass both', () => {
  const validate = ajvValidate();
  const packs = { ...packsOnDisk(), ...Object.fromEntries(GOOD.map(([name, text]) => [name.replaceAll(' ', '-'), text])) };
  assert.ok(Object.keys(packs).some((name) => name === 'good-fr') && Object.keys(packs).some((name) => name === 'good-ar'));
  const rust = rustCheck(packs);
  for (const [name, text] of Object.entries(packs)) {
    assert.equal(validate(text), true, `${name}: ajv`);
    assert.ok(rust[name].ok, `${name}: startklar-pack said ${rust[name].lines.join('\n')}`);
  }
});

test('ajv and the Rust decoder agree: every bad pack fails both, and the decoder names the problem', () => {
  const validate = ajvValidate();
  const packs = Object.fromEntries(BAD.map(([name, text]) => [name.replaceAll(/[^a-z0-9]+/gi, '-'), text]));
  const rust = rustCheck(packs);
  for (const [name, text, pointer] of BAD) {
    const key = name.replaceAll(/[^a-z0-9]+/gi, '-');
    assert.notEqual(validate(text), true, `${name}: ajv accepts it`);
    const { ok, lines } = rust[key];
    assert.equal(ok, false, `${name}: startklar-pack accepts it`);
    if (pointer === null) {
      assert.match(lines[0], /\.json:4:3: expected ',' or '}'$/, `${name}: line and column of the syntax error`);
    } else {
      assert.ok(
        lines.some((line) => line.includes(`: ${pointer}: `)),
        `${name}: startklar-pack names ${pointer}: ${lines.join('\n')}`,
      );
      assert.match(lines[0], /\.json:\d+:\d+: \//, `${name}: file:line:column: pointer: message`);
    }
  }
  for (const [name, [text, pointer]] of Object.entries(KNOWN_DIFFERENCES)) {
    assert.equal(validate(text), true, `${name}: invisible to ajv`);
    const { ok, lines } = rustCheck({ duplicate: text }).duplicate;
    assert.equal(ok, false, `${name}: startklar-pack rejects it (${pointer})`);
    assert.match(lines[0], /appears twice/);
  }
});

test('ajv and the Rust decoder agree on the length limit of every text: at the limit both accept, one over both reject', () => {
  const validate = ajvValidate();
  // Every string in en.json with its JSON pointer and its maxLength in the schema.
  const fields = [];
  const schemaAt = (pointer) => {
    let schema = SCHEMA;
    for (const part of pointer.split('/').slice(1)) {
      schema = /^\d+$/.test(part) ? schema.items : schema.properties[part];
      if (schema?.$ref) schema = { ...SCHEMA.$defs[schema.$ref.split('/').pop()], ...schema };
    }
    return schema;
  };
  const walk = (value, pointer) => {
    // The language tag has a form of its own (tested with the bad packs).
    if (pointer === '/lang') return;
    if (typeof value === 'string' && schemaAt(pointer)?.maxLength) fields.push([pointer, schemaAt(pointer).maxLength]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${k}`);
  };
  const base = english();
  base.cases[0].link = { href: '#goal', label: 'Case 1' };
  walk(base, '');
  assert.ok(fields.length > 90, `${fields.length} text fields found`);
  // The text at `pointer` made `length` characters long: the existing text
  // padded (so placeholders stay), a link target as a long fragment.
  const setLength = (pack, pointer, length) => {
    const parts = pointer.split('/').slice(1);
    const last = parts.pop();
    let at = pack;
    for (const part of parts) at = at[part];
    at[last] = pointer.endsWith('/href') ? `#${'x'.repeat(length - 1)}` : at[last] + 'ü'.repeat(length - at[last].length);
  };
  const packs = {};
  for (const [pointer, max] of fields) {
    for (const [suffix, length] of [['at', max], ['over', max + 1]]) {
      const pack = structuredClone(base);
      setLength(pack, pointer, length);
      packs[`${pointer.replaceAll('/', '_')}-${suffix}`] = JSON.stringify(pack);
    }
  }
  const rust = rustCheck(packs);
  const disagreements = [];
  for (const [pointer, max] of fields) {
    for (const [suffix, expected] of [['at', true], ['over', false]]) {
      const name = `${pointer.replaceAll('/', '_')}-${suffix}`;
      const ajvOk = validate(packs[name]) === true;
      if (ajvOk !== expected || rust[name].ok !== expected) {
        disagreements.push(`${pointer} (${max}) ${suffix}: ajv ${ajvOk}, rust ${rust[name].ok} ${rust[name].lines.join(' ')}`);
      }
    }
  }
  assert.deepEqual(disagreements, []);
});
