// The Startklar benchmark: cold loads of (a) the standalone page, (b) the
// element on a plain page, (b+) the element on a page that follows the
// README's speed advice (preload lines, fallback snippet) and (c) the static
// floor page, in headless Debian Chromium, plus Lighthouse (mobile preset)
// on the standalone page.
//
//   node bench/run.mjs --dist DIR [--profile desktop|phone] [--runs N]
//                      [--throttle 4] [--no-lighthouse]
//
// Profiles: `desktop` (default: no throttling, 1000×800) and `phone` (a
// mid-range phone on Slow 4G as Lighthouse's DevTools throttling defines it:
// CPU 4× slower, 562.5 ms request latency, 1,474.56 kbps down, 675 kbps up;
// 412×823 viewport). Every file is served brotli-compressed, as a real host would.
//
// Normally started by `bash bench/run.sh`, which builds the release first.
// Writes bench/results/<timestamp>.json and prints a table with ratios to the floor.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib, { brotliCompressSync } from 'node:zlib';
import { serve, REPO_ROOT } from '../tests/e2e/support/server.mjs';
import { launchBrowser, CHROMIUM } from '../tests/e2e/support/browser.mjs';
import { instrument, waitReady, firstContentfulPaint, walkQuiz, wasmMemory, layoutShift } from '../tests/e2e/support/perf.mjs';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string' },
    profile: { type: 'string', default: 'desktop' },
    runs: { type: 'string' },
    throttle: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(REPO_ROOT, 'bench', 'results') },
  },
});
const DIST = path.resolve(opts.dist ?? path.join(REPO_ROOT, 'dist'));
// Slow 4G in Lighthouse's DevTools values; CDP takes bytes per second.
const kbps = (n) => (n * 1024) / 8;
const PROFILES = {
  desktop: { runs: 10, throttle: 1, network: null, viewport: { width: 1000, height: 800 }, mobile: false },
  phone: {
    runs: 5,
    throttle: 4,
    network: { offline: false, latency: 562.5, downloadThroughput: kbps(1474.56), uploadThroughput: kbps(675) },
    viewport: { width: 412, height: 823 },
    mobile: true,
  },
};
const PROFILE = PROFILES[opts.profile];
if (!PROFILE) {
  console.error(`bench: --profile takes ${Object.keys(PROFILES).join(' or ')}`);
  process.exit(1);
}
const RUNS = Number(opts.runs ?? PROFILE.runs);
const THROTTLE = Number(opts.throttle ?? PROFILE.throttle);
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(`bench: ${DIST}/index.html missing (bash bench/run.sh builds it)`);
  process.exit(1);
}
if (!(RUNS >= 1) || !(THROTTLE >= 1)) {
  console.error('bench: --runs and --throttle take numbers ≥ 1');
  process.exit(1);
}

const PAGES = [
  { key: 'standalone', label: '(a) standalone', root: 'dist', path: 'index.html?lang=de', target: 'startklar-quiz[standalone]' },
  { key: 'element', label: '(b) element, plain', root: 'dist', path: 'demo/plain.html', target: '#quiz-de' },
  { key: 'advised', label: '(b+) element, advice', root: 'dist', path: 'bench/element.html', target: '#quiz-de' },
  { key: 'floor', label: '(c) floor', root: 'bench', path: 'floor.html', target: '#floor' },
];

// Served as a real static host would: every file brotli-compressed
// (quality 11, made once here), with Content-Encoding: br.
function compressedCopy(from) {
  const to = mkdtempSync(path.join(os.tmpdir(), 'startklar-bench-br-'));
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(from, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (rel !== 'results') walk(rel);
        continue;
      }
      mkdirSync(path.join(to, dir), { recursive: true });
      writeFileSync(path.join(to, rel), brotliCompressSync(readFileSync(path.join(from, rel)), BROTLI));
    }
  };
  walk('');
  return to;
}
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } };
const roots = { dist: compressedCopy(DIST), bench: compressedCopy(path.join(REPO_ROOT, 'bench')) };
// (b+): bench/element.html with the build's German fallback snippet in the
// element, served beside the build as bench/element.html.
{
  const snippet = readFileSync(path.join(DIST, 'fallback-de.html'), 'utf8').trim();
  const page = readFileSync(path.join(REPO_ROOT, 'bench', 'element.html'), 'utf8');
  if (!page.includes('<!-- fallback-de.html -->')) throw new Error('bench/element.html lacks its fallback marker');
  mkdirSync(path.join(roots.dist, 'bench'), { recursive: true });
  writeFileSync(
    path.join(roots.dist, 'bench', 'element.html'),
    brotliCompressSync(page.replace('<!-- fallback-de.html -->', snippet), BROTLI),
  );
}
const servers = {
  dist: await serve({ root: roots.dist, headers: { 'Content-Encoding': 'br' } }),
  bench: await serve({ root: roots.bench, headers: { 'Content-Encoding': 'br' } }),
};

function countNodes(node) {
  let n = 1;
  for (const child of node.children ?? []) n += countNodes(child);
  for (const root of node.shadowRoots ?? []) n += countNodes(root);
  if (node.contentDocument) n += countNodes(node.contentDocument);
  return n;
}

/** One cold load in a fresh browser context, walked to the result. */
async function load(browser, def) {
  const context = await browser.newContext({
    viewport: PROFILE.viewport,
    isMobile: PROFILE.mobile,
    hasTouch: PROFILE.mobile,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (PROFILE.network) await cdp.send('Network.emulateNetworkConditions', PROFILE.network);
  const server = servers[def.root];
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('http')) requests.set(e.requestId, { url: e.request.url, bytes: 0, decoded: 0 });
  });
  cdp.on('Network.dataReceived', (e) => {
    const request = requests.get(e.requestId);
    if (request) request.decoded += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId);
    if (request) request.bytes = e.encodedDataLength;
  });
  await instrument(page, def.target);
  await page.goto(server.url + def.path, { waitUntil: 'commit' });
  const ready = await waitReady(page, 60_000);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.waitForLoadState('load');
  const fcp = await firstContentfulPaint(page);
  const steps = await walkQuiz(page, def.target);
  await page.waitForLoadState('networkidle');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasm = await wasmMemory(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const shift = await layoutShift(page);
  const all = [...requests.values()];
  const result = {
    ready,
    fcp,
    taskMs: metrics.TaskDuration * 1000,
    scriptMs: metrics.ScriptDuration * 1000,
    steps,
    slowestStep: Math.max(...steps),
    heapKB: heap / 1024,
    wasmKB: wasm / 1024,
    memoryKB: (heap + wasm) / 1024,
    domNodes: countNodes(root),
    requests: all.length,
    bytesKB: all.reduce((s, r) => s + r.bytes, 0) / 1024,
    decodedKB: all.reduce((s, r) => s + r.decoded, 0) / 1024,
    clsLoad: shift.load,
    cls: shift.all,
    errors,
  };
  await context.close();
  return result;
}

async function lighthouseScores(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
    const audit = (id) => lhr.audits[id]?.displayValue ?? null;
    const failing = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id].score})`),
    );
    return {
      url,
      scores,
      metrics: {
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        speedIndex: audit('speed-index'),
      },
      lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
      notPerfect: failing,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

// ---- the run ----
const started = Date.now();
const browser = await launchBrowser();
const results = Object.fromEntries(PAGES.map((p) => [p.key, []]));
console.log(
  `bench: profile ${opts.profile}: ${RUNS} cold loads each of ${PAGES.map((p) => p.label).join(', ')}; ` +
    `CPU throttle ${THROTTLE}×; network ${PROFILE.network ? 'Slow 4G' : 'unthrottled'}; dist ${DIST}`,
);
// One warm-up load of each page (not counted): the first Chromium contexts start slower.
for (const def of PAGES) await load(browser, def);
for (let run = 0; run < RUNS; run++) {
  for (const def of PAGES) results[def.key].push(await load(browser, def));
  process.stdout.write(`\rbench: run ${run + 1}/${RUNS}`);
}
process.stdout.write('\n');
await browser.close();

let lighthouse = null;
if (!opts['no-lighthouse']) {
  console.log('bench: Lighthouse on the standalone page …');
  try {
    lighthouse = await lighthouseScores(servers.dist.url + 'index.html?lang=de');
  } catch (error) {
    lighthouse = { error: String(error?.stack ?? error) };
  }
}
for (const server of Object.values(servers)) await server.close();
for (const root of Object.values(roots)) rmSync(root, { recursive: true, force: true });

const METRICS = [
  ['ready', 'first question visible+clickable', 'ms'],
  ['fcp', 'first contentful paint', 'ms'],
  ['taskMs', 'main-thread CPU to ready (tasks)', 'ms'],
  ['scriptMs', 'script CPU to ready', 'ms'],
  ['step0', 'click → painted, Start → question 1', 'ms'],
  ...Array.from({ length: 8 }, (_, i) => [`step${i + 1}`, `click → painted, ${i === 7 ? 'question 8 → result' : `question ${i + 1} → ${i + 2}`}`, 'ms']),
  ['slowestStep', 'click → painted, slowest step', 'ms'],
  ['heapKB', 'JS heap after result', 'KB'],
  ['wasmKB', 'wasm memory after result', 'KB'],
  ['memoryKB', 'JS heap + wasm memory', 'KB'],
  ['domNodes', 'DOM nodes (pierced)', ''],
  ['requests', 'requests', ''],
  ['bytesKB', 'bytes transferred (brotli, with headers)', 'KB'],
  ['decodedKB', 'bytes decoded', 'KB'],
  ['clsLoad', 'layout shift, load + takeover', ''],
  ['cls', 'layout shift, whole walk', ''],
];
const value = (r, key) => (/^step\d$/.test(key) ? r.steps[Number(key.slice(4))] : r[key]);
const summaries = {};
for (const def of PAGES) {
  summaries[def.key] = Object.fromEntries(METRICS.map(([key]) => [key, summary(results[def.key].map((r) => value(r, key)))]));
}

const fmt = (n, key) => {
  if (key.startsWith('cls')) return n.toFixed(3);
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
};
const cell = (s, key) => `${fmt(s.median, key)} [${fmt(s.min, key)}–${fmt(s.max, key)}]`;
const ratio = (a, c) => (c > 0 ? `${(a / c).toFixed(2)}×` : '–');
const compared = PAGES.filter((p) => p.key !== 'floor');
const header = ['metric (median [min–max])', ...PAGES.map((p) => p.label), ...compared.map((p) => `${p.label.split(' ')[0]}/(c)`)];
const rows = METRICS.map(([key, label, unit]) => [
  `${label}${unit ? ` (${unit})` : ''}`,
  ...PAGES.map((p) => cell(summaries[p.key][key], key)),
  ...compared.map((p) => ratio(summaries[p.key][key].median, summaries.floor[key].median)),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');

// The targets of the profile, each shown met or as a gap.
const floor = summaries.floor;
const target = (page, name, ok, text) => ({ page: page.label, name, ok, text });
const targets = [];
for (const p of compared) {
  const s = summaries[p.key];
  const ms = (n) => `${fmt(n, 'x')} ms`;
  if (opts.profile === 'phone') {
    const limits = { standalone: { fcp: 1.2, ready: 1.5 }, advised: { fcp: 1.8, ready: 1.8 } }[p.key];
    for (const [metric, factor] of Object.entries(limits ?? {})) {
      const limit = factor * floor[metric].median;
      targets.push(target(p, metric === 'fcp' ? 'first contentful paint' : 'first screen usable', s[metric].median <= limit,
        `${ms(s[metric].median)} vs ${factor} × floor = ${ms(limit)}`));
    }
    targets.push(target(p, 'slowest click', s.slowestStep.median <= 100, `median of the slowest step ${ms(s.slowestStep.median)} (≤ 100 ms)`));
  } else {
    const over = METRICS.filter(([k]) => /^step\d$/.test(k) && s[k].median > 16).map(([k, label]) => `${label.replace('click → painted, ', '')} ${ms(s[k].median)}`);
    targets.push(target(p, 'every click within a frame', over.length === 0, over.length ? `over 16 ms: ${over.join('; ')}` : 'every step median ≤ 16 ms'));
    targets.push(target(p, 'first question', s.ready.median <= 1.5 * floor.ready.median, `${ms(s.ready.median)} vs 1.5 × floor = ${ms(1.5 * floor.ready.median)}`));
  }
  targets.push(target(p, 'memory', s.memoryKB.median - floor.memoryKB.median <= 2048, `${fmt(s.memoryKB.median - floor.memoryKB.median, 'x')} KB more than the floor (≤ 2048 KB)`));
}

console.log(`\n${table}\n`);
for (const t of targets) console.log(`${t.ok ? 'met ' : 'GAP '} ${t.page}: ${t.name}: ${t.text}`);
if (lighthouse?.scores) {
  console.log(
    `\nLighthouse ${lighthouse.lighthouseVersion} (${lighthouse.formFactor}, simulated throttling) on index.html?lang=de: ` +
      Object.entries(lighthouse.scores).map(([k, v]) => `${k} ${v}`).join(', '),
  );
  console.log(`  ${Object.entries(lighthouse.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (lighthouse.lcpElement) console.log(`  LCP element: ${lighthouse.lcpElement}`);
  if (lighthouse.notPerfect.length) console.log(`  below 1: ${lighthouse.notPerfect.join('; ')}`);
} else if (lighthouse?.error) {
  console.log(`\nLighthouse failed: ${lighthouse.error.split('\n')[0]}`);
}
const errors = Object.entries(results).flatMap(([k, rs]) => rs.flatMap((r) => r.errors.map((e) => `${k}: ${e}`)));
if (errors.length) console.log(`\npage errors during the runs (${errors.length}): ${[...new Set(errors)].slice(0, 5).join(' | ')}`);

mkdirSync(opts.out, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = path.join(opts.out, `${stamp}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      durationS: Math.round((Date.now() - started) / 1000),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg: os.loadavg(), chromium: CHROMIUM },
      profile: opts.profile,
      runs: RUNS,
      throttle: THROTTLE,
      network: PROFILE.network,
      pages: PAGES,
      summaries,
      targets,
      lighthouse,
      results,
    },
    null,
    2,
  ),
);
console.log(`\nbench: wrote ${path.relative(process.cwd(), file)} (${Math.round((Date.now() - started) / 1000)} s)`);
