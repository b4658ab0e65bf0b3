// The content packs' JSON Schema against the Rust decoder. The schema is a
// valid draft 2020-12 schema (ajv, strict) with a title and a description on
// every node, and ajv and `startklar-pack check` (the decoder the widget and
// the build run) give the same verdict on every pack in content/ and
// tests/packs/good/ and bad/, on every text at and one over its limit, and
// on the white space and link targets at the edges of the rules. No browser.
//
// node --test tests/packaging/content-schema.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { REPO_ROOT, tempDir } from './support.mjs';

const SCHEMA = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/startklar-content.schema.json'), 'utf8'));
const PACKS = path.join(REPO_ROOT, 'tests/packs');
const EXPECTED = JSON.parse(readFileSync(path.join(PACKS, 'bad/expected.json'), 'utf8'));
const english = () => JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/en.json'), 'utf8'));

/**
 * Packs on which ajv and the decoder must disagree, because JSON Schema
 * judges the parsed data and never sees the text. Each entry must really
 * differ (the test fails otherwise), so the list cannot grow stale.
 */
const KNOWN_DIFFERENCES = {
  'bad/duplicate-key.json': 'JSON.parse keeps the last of two equal keys; the decoder rejects the pack',
  'bad/lone-surrogate.json': 'JSON.parse accepts an unpaired \\ud83d escape; the decoder rejects it',
  'over-64-kb': 'the 64 KB limit is on the file, which the schema cannot measure',
};

let cli;
let work;
before(() => {
  const built = spawnSync('cargo', ['build', '--bin', 'startklar-pack', '--message-format=json-render-diagnostics'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(built.status, 0, `cargo build --bin startklar-pack failed:\n${built.stderr}`);
  cli = built.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .find((message) => message.reason === 'compiler-artifact' && message.target?.name === 'startklar-pack')?.executable;
  assert.ok(cli, `cargo build named no startklar-pack executable:\n${built.stderr}`);
  work = tempDir('packs');
});
after(() => work?.remove());

/** ajv's verdict on a pack given as text: true, or its errors with their JSON pointers. */
function ajvValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(SCHEMA);
  return (text) => {
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return [{ pointer: null, message: `invalid JSON: ${error.message}` }];
    }
    if (validate(data)) return true;
    // The pointer the decoder would name: a missing or unknown field is the
    // field's own pointer, not its object's.
    return validate.errors.map((e) => ({
      pointer:
        e.keyword === 'required'
          ? `${e.instancePath}/${e.params.missingProperty}`
          : e.keyword === 'additionalProperties'
            ? `${e.instancePath}/${e.params.additionalProperty}`
            : e.instancePath,
      message: `${e.instancePath} ${e.message}`,
    }));
  };
}

/** `startklar-pack check FILE`: { status, ok, lines }. */
function rustCheck(file) {
  const result = spawnSync(cli, ['check', file], { encoding: 'utf8' });
  const lines = result.stdout.split('\n').filter(Boolean);
  return { status: result.status, ok: result.status === 0, lines, stderr: result.stderr };
}

/** Writes `packs` ({ name: text }) to the temp folder and checks each with one run of the CLI: { name: ok }. */
function rustCheckMany(packs) {
  const files = Object.keys(packs).map((name, i) => {
    const file = path.join(work.dir, `pack-${i}.json`);
    writeFileSync(file, packs[name]);
    return [name, file];
  });
  const result = spawnSync(cli, ['check', ...files.map(([, file]) => file)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok([0, 1].includes(result.status), `startklar-pack exited with ${result.status}: ${result.stderr}`);
  const lines = result.stdout.split('\n');
  return Object.fromEntries(
    files.map(([name, file]) => {
      const own = lines.filter((line) => line.startsWith(`${file}:`));
      return [name, { ok: own.length === 1 && own[0].startsWith(`${file}: ok (`), lines: own }];
    }),
  );
}

/** Every pack on disk: { name: path } for content/*.json and tests/packs/{good,bad}/*.json. */
function packsOnDisk() {
  const packs = {};
  for (const name of readdirSync(path.join(REPO_ROOT, 'content')).filter((n) => /^[a-z-]+\.json$/i.test(n) && !n.includes('schema'))) {
    packs[`content/${name}`] = path.join(REPO_ROOT, 'content', name);
  }
  for (const dir of ['good', 'bad']) {
    for (const name of readdirSync(path.join(PACKS, dir)).filter((n) => n.endsWith('.json') && n !== 'expected.json')) {
      packs[`${dir}/${name}`] = path.join(PACKS, dir, name);
    }
  }
  return packs;
}

test('the schema is valid draft 2020-12 (ajv strict) with a title and a description on every node', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  assert.equal(ajv.validateSchema(SCHEMA), true, JSON.stringify(ajv.errors));
  ajv.compile(SCHEMA);
  assert.equal(SCHEMA.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(SCHEMA.$id, 'startklar-content.schema.json');

  const missing = [];
  const walk = (schema, where) => {
    if (!schema.title) missing.push(`${where}: title`);
    if (!schema.description) missing.push(`${where}: description`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) walk(sub, `${where}/properties/${key}`);
    if (schema.items) walk(schema.items, `${where}/items`);
    if (schema.type === 'object') assert.equal(schema.additionalProperties, false, `${where}: additionalProperties`);
  };
  walk(SCHEMA, '#');
  for (const [key, sub] of Object.entries(SCHEMA.$defs)) walk(sub, `#/$defs/${key}`);
  assert.deepEqual(missing, []);
  assert.deepEqual(Object.keys(SCHEMA.$defs).sort(), ['link', 'text', 'verdict']);

  const question = SCHEMA.properties.cases.items.properties.question.description;
  assert.match(question, /"Yes" means the warning does NOT apply \(the case is fine\)/);
  const cases = SCHEMA.properties.cases.description;
  assert.match(cases, /whatever the words say/);
  assert.match(cases, /Cases 1 \(goal\) and 2 \(long-term plan\) are knock-outs: answered "No", the verdict is "hands off"/);
});

test('startklar-pack: --help, and a usage error without files', () => {
  const help = spawnSync(cli, ['--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /startklar-pack check FILE/);
  const usage = spawnSync(cli, ['check'], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
});

test('ajv and the Rust decoder agree on every pack in content/, tests/packs/good/ and tests/packs/bad/', () => {
  const validate = ajvValidator();
  const packs = packsOnDisk();
  const names = Object.keys(packs);
  assert.ok(names.includes('content/de.json') && names.includes('content/en.json'));
  assert.deepEqual(
    names.filter((n) => n.startsWith('bad/')).map((n) => n.slice(4)).sort(),
    Object.keys(EXPECTED).sort(),
    'tests/packs/bad/ and expected.json list the same packs',
  );

  for (const [name, file] of Object.entries(packs)) {
    const text = readFileSync(file, 'utf8');
    const ajv = validate(text);
    const rust = rustCheck(file);
    const shouldBeValid = !name.startsWith('bad/');
    assert.equal(rust.status, shouldBeValid ? 0 : 1, `${name}: startklar-pack exit status\n${rust.lines.join('\n')}${rust.stderr}`);
    if (name in KNOWN_DIFFERENCES) {
      assert.equal(ajv, true, `${name} is listed as a known difference but ajv rejects it too: remove it from the list`);
    } else {
      assert.equal(ajv === true, shouldBeValid, `${name}: ajv says ${JSON.stringify(ajv)}, startklar-pack says ${rust.lines.join('\n')}`);
    }

    if (shouldBeValid) {
      assert.equal(rust.lines.length, 1, name);
      assert.match(rust.lines[0], /: ok \(lang [A-Za-z0-9-]+, 8 cases\)$/, name);
      continue;
    }
    const { pointer, message } = EXPECTED[name.slice(4)];
    const line = rust.lines.find((l) =>
      pointer === null ? new RegExp(`^${escapeRegExp(file)}:\\d+:\\d+: (?!/)`).test(l) : l.startsWith(`${file}:`) && l.includes(`: ${pointer}: `),
    );
    assert.ok(line, `${name}: startklar-pack names ${pointer ?? 'a syntax error'}:\n${rust.lines.join('\n')}`);
    assert.ok(line.includes(message), `${name}: "${message}" in ${line}`);
    assert.match(line, /^.+\.json:\d+:\d+: /, `${name}: FILE:LINE:COLUMN: …`);
    // ajv names the same place, where JSON Schema sees the problem at all.
    if (ajv !== true && pointer !== null) {
      assert.ok(
        ajv.some((error) => error.pointer === pointer),
        `${name}: ajv names ${pointer}: ${ajv.map((e) => e.message).join('; ')}`,
      );
    }
  }
});

test('the known differences: a pack over 64 KB that the schema cannot see', () => {
  const validate = ajvValidator();
  // en.json with its texts intact, padded with white space past the limit.
  const text = readFileSync(path.join(REPO_ROOT, 'content/en.json'), 'utf8').replace(/\n$/, `${' '.repeat(64 * 1024)}\n`);
  assert.equal(validate(text), true, 'ajv accepts the padded pack');
  const file = path.join(work.dir, 'over-64-kb.json');
  writeFileSync(file, text);
  const rust = rustCheck(file);
  assert.equal(rust.status, 1);
  assert.match(rust.lines[0], /over the 64 KB limit/);
  assert.ok('over-64-kb' in KNOWN_DIFFERENCES);
});

test('ajv and the Rust decoder agree on white space and link targets at the edges of the rules', () => {
  const validate = ajvValidator();
  // Unicode White_Space (what Rust's trim() removes) and neighbours that are not.
  const whiteSpace = ['\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];
  const notWhiteSpace = ['\ufeff', '\u200b', '\u180e', '\u001c', '\u001f', '\u0000', '\u007f', '\u0080', '\u009f', 'x'];
  const texts = [...whiteSpace, ...notWhiteSpace].flatMap((c) => [c, `${c}${c}`, `${c}x${c}`]);
  const hrefs = [
    ...['#a', '/b', './c', '../d', '?q', 'e', 'https://f.example/', 'HtTpS://g.example', 'http:', 'post?x=a:b', 'a/b:c', 'x#y:z'],
    ...['javascript:x', 'JAVASCRIPT:x', 'data:x', 'mailto:x', 'ftp://x', ':x', 'java script:x', 'httpx:y', 'https :x', 'ſhttps:x'],
    ...[...whiteSpace, ...notWhiteSpace].flatMap((c) => [`${c}https://x`, `https://x${c}`, `https://x${c}y`, `#${c}`]),
  ];
  const packs = {};
  for (const [i, text] of texts.entries()) {
    const pack = english();
    pack.ui.back = text;
    packs[`text ${i} ${JSON.stringify(text)}`] = JSON.stringify(pack);
  }
  for (const [i, href] of hrefs.entries()) {
    const pack = english();
    pack.cases[0].link = { href, label: 'x' };
    packs[`href ${i} ${JSON.stringify(href)}`] = JSON.stringify(pack);
  }
  const rust = rustCheckMany(packs);
  const disagreements = Object.entries(packs)
    .filter(([name, text]) => (validate(text) === true) !== rust[name].ok)
    .map(([name]) => `${name}: ajv ${validate(packs[name]) === true}, rust ${rust[name].ok} ${rust[name].lines.join(' ')}`);
  assert.deepEqual(disagreements, []);
  // Both sides of each rule were reached.
  const verdicts = new Set(Object.keys(packs).map((name) => `${name.split(' ')[0]} ${rust[name].ok}`));
  assert.deepEqual([...verdicts].sort(), ['href false', 'href true', 'text false', 'text true']);
});

test('ajv and the Rust decoder agree on the length limit of every text: at the limit both accept, one over both reject', () => {
  const validate = ajvValidator();
  // Every string in en.json (with a link on case 1) with its JSON pointer and its maxLength in the schema.
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
  base.intro.credit_link = { href: '/blog/post', label: 'The post' };
  walk(base, '');
  assert.ok(fields.length > 90, `${fields.length} text fields found`);
  // The text at `pointer` made `length` characters long: the existing text
  // padded with a character outside the BMP (one character, two UTF-16
  // units; placeholders stay), a link target as a long fragment.
  const setLength = (pack, pointer, length) => {
    const parts = pointer.split('/').slice(1);
    const last = parts.pop();
    let at = pack;
    for (const part of parts) at = at[part];
    const chars = [...at[last]];
    at[last] = pointer.endsWith('/href') ? `#${'x'.repeat(length - 1)}` : chars.join('') + '🏁'.repeat(length - chars.length);
  };
  const packs = {};
  for (const [pointer, max] of fields) {
    for (const [suffix, length] of [['at', max], ['over', max + 1]]) {
      const pack = structuredClone(base);
      setLength(pack, pointer, length);
      packs[`${pointer} ${suffix}`] = JSON.stringify(pack);
    }
  }
  const rust = rustCheckMany(packs);
  const disagreements = [];
  for (const [pointer, max] of fields) {
    for (const [suffix, expected] of [['at', true], ['over', false]]) {
      const name = `${pointer} ${suffix}`;
      const ajvOk = validate(packs[name]) === true;
      if (ajvOk !== expected || rust[name].ok !== expected) {
        disagreements.push(`${pointer} (${max}) ${suffix}: ajv ${ajvOk}, rust ${rust[name].ok} ${rust[name].lines.join(' ')}`);
      }
    }
  }
  assert.deepEqual(disagreements, []);
});

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
