// Writes the release artifacts from a release build (run by scripts/package.sh):
//
//   node tools/package.mjs VERSION DIST OUT
//
// OUT/startklar-quiz-VERSION.tgz        npm package `startklar-quiz` (npm pack)
// OUT/startklar-VERSION.zip             the static folder, SHA256SUMS, snippet.html (SRI)
// OUT/startklar-wordpress-VERSION.zip   the WordPress plugin "Startklar Quiz"
//
// Sources: packaging/npm/ and packaging/wordpress/startklar-quiz/ (where
// @VERSION@ stands for the version).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { poToMo } from './mo.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [version, distArg, outArg] = process.argv.slice(2);
if (!version || !distArg || !outArg) {
  console.error('usage: node tools/package.mjs VERSION DIST OUT');
  process.exit(2);
}
const dist = path.resolve(distArg);
const out = path.resolve(outArg);

/** The files the element loads: the loader, the wasm-bindgen glue, the wasm. */
const ELEMENT_FILES = ['startklar.js', 'startklar-app.js', 'startklar-app_bg.wasm'];
/** The standalone page, which share links open (next to startklar.js). */
const PAGE_FILES = ['index.html', 'page.css'];
/** The built-in content packs and their schema, for authors to copy. */
const PACK_FILES = ['content/de.json', 'content/en.json', 'startklar-content.schema.json'];
/** German WordPress locales that get the German strings. */
const GERMAN_LOCALES = ['de_DE', 'de_DE_formal', 'de_AT', 'de_CH', 'de_CH_informal'];

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

/** Every file under `dir`, as sorted paths relative to it with `/`. */
function listFiles(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

const digest = (algorithm, file, encoding) => createHash(algorithm).update(readFileSync(file)).digest(encoding);

/** Copies `names` from dist/ into `dir`. */
function copyFromDist(names, dir) {
  mkdirSync(dir, { recursive: true });
  for (const name of names) cpSync(path.join(dist, name), path.join(dir, name));
}

/** Replaces @VERSION@ in every text file under `dir`. */
function stampVersion(dir) {
  for (const rel of listFiles(dir)) {
    if (!/\.(php|json|txt|js|md)$/.test(rel)) continue;
    const file = path.join(dir, rel);
    const text = readFileSync(file, 'utf8');
    if (text.includes('@VERSION@')) writeFileSync(file, text.replaceAll('@VERSION@', version));
  }
}

const zip = (cwd, archive, folder) => execFileSync('zip', ['-X', '-q', '-r', archive, folder], { cwd, stdio: 'inherit' });

// ---- checks ----
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) fail(`not a version: ${version}`);
for (const name of [...ELEMENT_FILES, ...PAGE_FILES, ...PACK_FILES]) {
  if (!existsSync(path.join(dist, name))) fail(`${dist}/${name} missing: run bash scripts/build.sh`);
}
// Only release builds pre-render the fallback snippets: never package a dev build.
if (!existsSync(path.join(dist, 'fallback-de.html'))) fail(`${dist} is not a release build (no fallback-de.html)`);

rmSync(out, { recursive: true, force: true });
const stage = path.join(out, 'stage');
mkdirSync(stage, { recursive: true });

// ---- the static folder ----
const staticName = `startklar-${version}`;
const staticDir = path.join(stage, staticName);
copyFromDist(listFiles(dist).filter((rel) => !rel.startsWith('demo/')), staticDir);
const sri = `sha384-${digest('sha384', path.join(staticDir, 'startklar.js'), 'base64')}`;
writeFileSync(
  path.join(staticDir, 'snippet.html'),
  `<!-- Startklar ${version}: upload this folder, replace https://example.org/startklar/
     with its address, and paste these lines into a post or template. The
     integrity hash is that of this folder's startklar.js. -->
<script type="module" src="https://example.org/startklar/startklar.js" integrity="${sri}" crossorigin="anonymous"></script>
<startklar-quiz lang="de">
  <p><a href="https://example.org/startklar/index.html?lang=de">Zum Quiz: Sind Sie startklar?</a></p>
</startklar-quiz>
`,
);
const sums = listFiles(staticDir).map((rel) => `${digest('sha256', path.join(staticDir, rel), 'hex')}  ${rel}\n`);
writeFileSync(path.join(staticDir, 'SHA256SUMS'), sums.join(''));
zip(stage, path.join(out, `${staticName}.zip`), staticName);

// ---- the npm package ----
const npmDir = path.join(stage, 'npm');
copyFromDist([...ELEMENT_FILES, ...PACK_FILES], npmDir);
cpSync(path.join(ROOT, 'packaging/npm'), npmDir, { recursive: true });
const manifest = JSON.parse(readFileSync(path.join(npmDir, 'package.json'), 'utf8'));
if ('version' in manifest) fail('packaging/npm/package.json must not carry a version (Cargo.toml has it)');
writeFileSync(path.join(npmDir, 'package.json'), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
stampVersion(npmDir);
execFileSync('npm', ['pack', '--quiet', '--pack-destination', out], { cwd: npmDir, stdio: ['ignore', 'ignore', 'inherit'] });

// ---- the WordPress plugin ----
const pluginDir = path.join(stage, 'startklar-quiz');
cpSync(path.join(ROOT, 'packaging/wordpress/startklar-quiz'), pluginDir, { recursive: true });
copyFromDist([...ELEMENT_FILES, ...PAGE_FILES, ...PACK_FILES], path.join(pluginDir, 'widget'));
const mo = poToMo(readFileSync(path.join(pluginDir, 'languages/startklar-quiz-de_DE.po'), 'utf8'));
for (const locale of GERMAN_LOCALES) writeFileSync(path.join(pluginDir, `languages/startklar-quiz-${locale}.mo`), mo);
stampVersion(pluginDir);
zip(stage, path.join(out, `startklar-wordpress-${version}.zip`), 'startklar-quiz');

for (const dir of [staticDir, npmDir, pluginDir]) {
  const left = listFiles(dir).filter((rel) => readFileSync(path.join(dir, rel)).includes('@VERSION@'));
  if (left.length) fail(`@VERSION@ left in ${left.join(', ')}`);
}
rmSync(stage, { recursive: true, force: true });
for (const name of readdirSync(out).sort()) {
  console.log(`package: ${path.join(path.relative(ROOT, out), name)} (${statSync(path.join(out, name)).size} bytes)`);
}
