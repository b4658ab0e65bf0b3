// Trunk post_build hook: removes the inline start-up <script type="module">
// that Trunk writes into every HTML page that builds the wasm. Pages start
// through the external startklar.js instead, which a strict CSP without
// 'unsafe-inline' allows. The wasm preload stays; the module preload goes,
// since the loader imports the glue under a per-widget URL.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run me from Trunk.');
  process.exit(1);
}
const page = join(staging, 'index.html');
const html = readFileSync(page, 'utf8');
const inlineStartup = /<script type="module"[^>]*>(?:(?!<\/script>)[\s\S])*?startklar-app\.js(?:(?!<\/script>)[\s\S])*<\/script>\s*/g;
const cleaned = html
  .replace(inlineStartup, (script) => (/\ssrc=/.test(script.slice(0, script.indexOf('>'))) ? script : ''))
  .replace(/<link rel="modulepreload" href="[^"]*startklar-app\.js"[^>]*>/g, '');
if (/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?startklar-app/.test(cleaned)) {
  console.error('post-build: an inline start-up script is still in index.html');
  process.exit(1);
}
writeFileSync(page, cleaned);
