// Trunk post_build hook, working on the staged dist/ before Trunk moves it:
//
// 1. Removes the inline start-up <script type="module"> that Trunk writes
//    into every HTML page that builds the wasm. Pages start through the
//    external startklar.js instead, which a strict CSP without
//    'unsafe-inline' allows. The wasm preload and the glue's module preload
//    stay: the loader's first widget imports the glue under its plain URL,
//    so the preload lets it arrive while the wasm compiles (measured about
//    30–50 ms sooner to a clickable start button;
//    docs/size-and-speed.md#the-glues-preload).
// 2. Writes startklar-fallback.css: the widget's stylesheet made to apply
//    outside a shadow root (`:host` becomes `startklar-quiz`, `.sk…` classes
//    become `.skf…`), for the content shown inside the element before the
//    wasm starts; and appends the same rules to the standalone page's page.css.
// 3. Release builds only (TRUNK_PROFILE=release):
//    a. shrinks the wasm with wasm-opt -Oz, run twice, from npm binaryen 132
//       (never Debian's wasm-opt 108, whose output throws in Chromium), and
//       drops its producers and target_features custom sections;
//    b. minifies the wasm-bindgen glue startklar-app.js with npm terser
//       (export names, property names and the `new URL('…', import.meta.url)`
//       literals stay; checked before it is written);
//    c. pre-renders the standalone page per language (src/bin/prerender/,
//       natively, with yew's ssr and a streaming HTML rewriter): index.html
//       in German, index.en.html in English, each with the widget's first
//       screen and a checklist inside <startklar-quiz standalone>; and
//       fallback-de.html and fallback-en.html for authors to paste inside
//       their <startklar-quiz>.
//    d. ships the loader startklar.js minified by terser the same way (the
//       commented source stays in web/).
//    Nothing here hashes the glue, the wasm or the loader (their links carry
//    no integrity; checked): the packages' SRI is computed later, from dist/.
//    A failing wasm-opt or terser fails the build.
//    STARTKLAR_FAST=1 skips 3 (quicker local builds; the size test then fails).
// 4. Ships the built-in content packs as content/de.json and content/en.json
//    (byte for byte what authors copy and edit; the widget has them built
//    in) and their JSON Schema as startklar-content.schema.json.
// 5. Builds Startklar Studio (studio.html, studio.js, studio.css and the
//    startklar-studio glue and wasm), a second wasm app; optimised in
//    release builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; this script runs as a Trunk post_build hook.');
  process.exit(1);
}
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const release = process.env.TRUNK_PROFILE === 'release' && process.env.STARTKLAR_FAST !== '1';

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

// Shrinks `wasm` in place with npm binaryen's wasm-opt (3a, 3e). With
// strip = true the wasm has no target_features section, so the features
// rustc uses are named here. -Oz runs twice (a second pipeline still finds
// work); the custom sections binaryen writes are of no use to a browser
// (docs/size-and-speed.md#what-was-tuned-before--after).
function optimiseWasm(wasmOpt, wasm) {
  const before = statSync(wasm).size;
  const opt = spawnSync(
    process.execPath,
    [
      wasmOpt,
      '-Oz',
      '-Oz',
      '--strip-producers',
      '--strip-target-features',
      '--enable-bulk-memory',
      '--enable-nontrapping-float-to-int',
      '--enable-sign-ext',
      '--enable-mutable-globals',
      wasm,
      '-o',
      wasm,
    ],
    { stdio: 'inherit' },
  );
  if (opt.status !== 0) fail(`wasm-opt failed on ${wasm} (exit ${opt.status})`);
  console.log(`post-build: wasm-opt -Oz -Oz ${wasm.slice(staging.length + 1)} ${before} → ${statSync(wasm).size} bytes`);
}

// Minifies the ES module `file` in place with npm terser (3b, 3d): names
// inside the module are mangled, but never export names or property names
// (the loader calls `default`, `StartklarWidget.mount`, `on_fault` and
// `widget_css`; the wasm imports its functions by property name), quotes stay
// as written (tests read the loader's getAttribute('…') calls), and so does
// every `new URL('…', import.meta.url)`, the form bundlers recognise, and a
// `/* @vite-ignore */`. The result must parse and keep those URLs and, with
// `checkExports`, export exactly the same names as the source when imported.
// Any failure fails the build: an unminified file is never shipped silently.
async function minifyModule(file, { checkExports = false, preamble } = {}) {
  let minify;
  try {
    ({ minify } = await import(pathToFileURL(createRequire(join(source, 'package.json')).resolve('terser'))));
  } catch {
    fail('npm terser is missing: run bash scripts/setup.sh (or npm ci)');
  }
  const name = file.slice(staging.length + 1);
  const code = readFileSync(file, 'utf8');
  let result;
  try {
    result = await minify(code, {
      module: true,
      ecma: 2020,
      compress: {},
      mangle: true,
      format: { quote_style: 3, comments: /@vite-ignore/, preamble },
    });
  } catch (error) {
    fail(`terser could not minify ${name}: ${error.message ?? error}`);
  }
  const minified = `${result?.code ?? ''}\n`;
  if (minified.trim() === '') fail(`terser returned nothing for ${name}`);
  // The URLs in the code (not in comments), as terser prints them.
  const bare = (await minify(code, { module: true, compress: false, mangle: false, format: { quote_style: 3 } })).code;
  for (const [literal] of bare.matchAll(/new URL\((['"])[^'"]+\1,import\.meta\.url\)/g)) {
    if (!minified.includes(literal)) fail(`minified ${name} lost ${literal}`);
  }
  if (code.includes('/* @vite-ignore */') && !minified.includes('/* @vite-ignore */')) {
    fail(`minified ${name} lost its /* @vite-ignore */ comment`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'startklar-post-build-'));
  try {
    const before = join(dir, 'before.mjs');
    const after = join(dir, 'after.mjs');
    writeFileSync(before, code);
    writeFileSync(after, minified);
    const parsed = spawnSync(process.execPath, ['--check', after], { stdio: 'inherit' });
    if (parsed.status !== 0) fail(`minified ${name} does not parse`);
    if (checkExports) {
      const exportsOf = async (path) => Object.keys(await import(pathToFileURL(path))).sort().join(', ');
      const [expected, actual] = [await exportsOf(before), await exportsOf(after)];
      if (expected !== actual) fail(`minified ${name} exports ${actual}, not ${expected}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(file, minified);
  console.log(`post-build: terser ${name} ${Buffer.byteLength(code)} → ${Buffer.byteLength(minified)} bytes`);
}

// 1. The inline start-up script.
const page = join(staging, 'index.html');
let html = readFileSync(page, 'utf8');
const inlineStartup = /<script type="module"[^>]*>(?:(?!<\/script>)[\s\S])*?startklar-app\.js(?:(?!<\/script>)[\s\S])*<\/script>\s*/g;
html = html.replace(inlineStartup, (script) => (/\ssrc=/.test(script.slice(0, script.indexOf('>'))) ? script : ''));
if (/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?startklar-app/.test(html)) {
  fail('an inline start-up script is still in index.html');
}

// 2. The fallback stylesheet.
const FALLBACK_EXTRA = `
/* ---- Only for the fallback content (see tools/post-build.mjs). ---- */
/* The fallback's language row and start button are links (spans in a
   snippet), laid out like the widget's buttons. */
.skf a.skf-language-button,
.skf span.skf-language-button {
  display: inline-flex;
  align-items: center;
}
.skf a.skf-button:focus-visible,
.skf a.skf-language-button:focus-visible {
  outline: 3px solid var(--sk-focus);
  outline-offset: 2px;
}
/* The checklist for visitors whose browser cannot start the quiz. Takes no
   space for the first 1.5 s, so that a normal start (which replaces the
   fallback) neither flashes it nor moves what follows the element; then
   shown, and at once when the fallback's start or language link targets it
   (:target works in every browser, should one not run the animation). */
.skf-fallback {
  height: 0;
  overflow: hidden;
  visibility: hidden;
  margin: 0;
  animation: skf-fallback-reveal 0s 1.5s forwards;
}
.skf-fallback:target {
  height: auto;
  overflow: visible;
  visibility: visible;
  margin-top: 2.5em;
}
@keyframes skf-fallback-reveal {
  to {
    height: auto;
    overflow: visible;
    visibility: visible;
    margin-top: 2.5em;
  }
}
.skf-fallback > * + * {
  margin-top: 0.75em;
}
.skf .skf-fallback-heading {
  font-size: 1.25em;
  line-height: 1.3;
  font-weight: 700;
}
.skf .skf-fallback ol,
.skf .skf-fallback ul {
  padding-inline-start: 1.5em;
}
.skf .skf-fallback li + li {
  margin-top: 0.5em;
}
`;

function fallbackCss(widgetCss) {
  const css = widgetCss
    // :host(X) → startklar-quiz X (one level of nested parentheses in X).
    .replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, 'startklar-quiz$1')
    .replace(/:host\b/g, 'startklar-quiz')
    // The pressed language button is a link with aria-current in the fallback.
    .replace(/\[aria-pressed="true"\]/g, ':is([aria-pressed="true"], [aria-current="true"])')
    // The fallback's classes are the widget's renamed sk… → skf… (see
    // src/bin/prerender/), so nothing looking for the widget's classes
    // inside the element finds the fallback too.
    .replace(/\.sk(?=[-\s.,:{)\[>+~]|$)/gm, '.skf');
  return `/* Generated by tools/post-build.mjs from styles/widget.css: the widget's
   styles for the fallback content inside <startklar-quiz>, shown before
   the wasm starts (or when it cannot). Link it in the page's <head>. */
${css}${FALLBACK_EXTRA}`;
}

const fallbackStyles = fallbackCss(readFileSync(join(source, 'styles/widget.css'), 'utf8'));
// For authors who paste a fallback snippet into their page.
writeFileSync(join(staging, 'startklar-fallback.css'), fallbackStyles);
// The standalone page gets the same rules inside its own page.css (one
// render-blocking request, not two); Trunk's integrity hash is updated.
const pageCss = join(staging, 'page.css');
const pageCssLink = /(<link rel="stylesheet" href="\.\/page\.css")( integrity="sha384-[^"]*")?/;
if (!pageCssLink.test(html)) fail('index.html does not link ./page.css as expected');
const combinedCss = `${readFileSync(pageCss, 'utf8')}\n${fallbackStyles}`;
writeFileSync(pageCss, combinedCss);
html = html.replace(pageCssLink, (_, link, integrity) =>
  integrity ? `${link} integrity="sha384-${createHash('sha384').update(combinedCss).digest('base64')}"` : link,
);

// 4. The built-in content packs and their schema.
mkdirSync(join(staging, 'content'), { recursive: true });
for (const lang of ['de', 'en']) {
  copyFileSync(join(source, 'content', `${lang}.json`), join(staging, 'content', `${lang}.json`));
}
copyFileSync(join(source, 'content', 'startklar-content.schema.json'), join(staging, 'startklar-content.schema.json'));

let wasmOpt;
if (release) {
  // 3a. wasm-opt from npm binaryen (installed by scripts/setup.sh via npm ci).
  const wasm = join(staging, 'startklar-app_bg.wasm');
  try {
    const binaryen = createRequire(join(source, 'package.json')).resolve('binaryen/package.json');
    wasmOpt = join(binaryen, '..', 'bin', 'wasm-opt');
  } catch {
    fail('npm binaryen is missing: run bash scripts/setup.sh (or npm ci)');
  }
  optimiseWasm(wasmOpt, wasm);

  // 3b. The glue, minified. Nothing may hash it or the wasm before this
  // point or after it in this script: their links must carry no integrity.
  for (const name of ['startklar-app.js', 'startklar-app_bg.wasm']) {
    const link = html.match(new RegExp(`<link[^>]*href="(?:\\./)?${name.replace(/[.]/g, '\\.')}"[^>]*>`));
    if (link && /\sintegrity=/.test(link[0])) fail(`index.html has an integrity hash for ${name}, which this hook rewrites`);
  }
  await minifyModule(join(staging, 'startklar-app.js'), { checkExports: true });
}

writeFileSync(page, html);

if (release) {
  // 3c. The pre-rendered pages: index.html (German) and index.en.html
  // (English), and the authors' snippets, all written by the binary.
  const render = spawnSync(
    'cargo',
    ['run', '--quiet', '--locked', '--features', 'prerender', '--bin', 'startklar-prerender', '--', staging],
    { cwd: source, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (render.status !== 0) fail(`the prerender binary failed (exit ${render.status})`);
  for (const name of ['index.en.html', 'fallback-de.html', 'fallback-en.html']) {
    if (!existsSync(join(staging, name))) fail(`${name} was not written`);
  }

  // 3d. The loader, minified; its first line says where the source is.
  await minifyModule(join(staging, 'startklar.js'), {
    preamble: '// Startklar embed loader; commented source: web/startklar.js in the repository.',
  });

} else {
  // Quick builds: the English page is the same placeholder page; the wasm
  // still follows ?lang=en.
  copyFileSync(page, join(staging, 'index.en.html'));
}

// 5. Startklar Studio (studio.html): a second wasm app with its own files,
// built here because Trunk builds one app per page; the widget's files are
// not touched. Release builds optimise it like the widget.
const releaseProfile = process.env.TRUNK_PROFILE === 'release';
const studio = spawnSync(
  'cargo',
  ['build', '--quiet', '--locked', ...(releaseProfile ? ['--release'] : []), '--target', 'wasm32-unknown-unknown', '--bin', 'startklar-studio'],
  { cwd: source, stdio: ['ignore', 'inherit', 'inherit'] },
);
if (studio.status !== 0) fail(`the studio build failed (exit ${studio.status})`);
const targetDir = process.env.CARGO_TARGET_DIR || join(source, 'target');
const bindgen = spawnSync(
  'wasm-bindgen',
  [
    '--target',
    'web',
    '--no-typescript',
    '--out-dir',
    staging,
    '--out-name',
    'startklar-studio',
    join(targetDir, 'wasm32-unknown-unknown', releaseProfile ? 'release' : 'debug', 'startklar-studio.wasm'),
  ],
  { cwd: source, stdio: ['ignore', 'inherit', 'inherit'] },
);
if (bindgen.status !== 0) fail(`wasm-bindgen failed on the studio (exit ${bindgen.status})`);
if (release) {
  optimiseWasm(wasmOpt, join(staging, 'startklar-studio_bg.wasm'));
  await minifyModule(join(staging, 'startklar-studio.js'), { checkExports: true });
}
for (const name of ['studio.html', 'studio.js']) copyFileSync(join(source, 'web', name), join(staging, name));
copyFileSync(join(source, 'styles', 'studio.css'), join(staging, 'studio.css'));
