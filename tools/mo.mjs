// A GNU gettext .mo file from a .po file, so that packaging needs no gettext
// tools: `node tools/mo.mjs IN.po OUT.mo`, or `import { poToMo }`.
// Reads what the plugin's .po files use: msgctxt, msgid, msgstr, strings
// continued on following lines, comments; no plural forms.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The entries of a .po text: [{ context, id, str }], the header included. */
export function parsePo(text) {
  const entries = [];
  let entry = {};
  let field = null;
  const flush = () => {
    if (entry.id !== undefined && entry.str !== undefined) entries.push(entry);
    entry = {};
    field = null;
  };
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (keyword) {
      const name = { msgctxt: 'context', msgid: 'id', msgstr: 'str' }[keyword[1]];
      if (name !== 'str' && entry.str !== undefined) flush();
      field = name;
      entry[field] = JSON.parse(keyword[2]);
    } else if (line.startsWith('"') && field) {
      entry[field] += JSON.parse(line);
    } else {
      throw new Error(`line ${index + 1}: cannot read ${JSON.stringify(line)}`);
    }
  }
  flush();
  return entries;
}

/** The .mo bytes (little-endian, revision 0, no hash table) for .po text. */
export function poToMo(text) {
  const pairs = parsePo(text)
    .filter((e) => e.id === '' || e.str !== '') // untranslated: gettext falls back to the id
    .map((e) => [Buffer.from(e.context === undefined ? e.id : `${e.context}\u0004${e.id}`), Buffer.from(e.str)])
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const n = pairs.length;
  const tables = 28;
  let offset = tables + n * 16;
  const header = Buffer.alloc(tables + n * 16);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(tables, 12);
  header.writeUInt32LE(tables + n * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(offset, 24);
  const strings = [];
  for (const column of [0, 1]) {
    pairs.forEach((pair, i) => {
      const bytes = pair[column];
      header.writeUInt32LE(bytes.length, tables + column * n * 8 + i * 8);
      header.writeUInt32LE(offset, tables + column * n * 8 + i * 8 + 4);
      strings.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  }
  return Buffer.concat([header, ...strings]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node tools/mo.mjs IN.po OUT.mo');
    process.exit(2);
  }
  writeFileSync(output, poToMo(readFileSync(input, 'utf8')));
}
