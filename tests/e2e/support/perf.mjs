// Measuring helpers shared by the size test and the benchmark (bench/run.mjs).
//
//   await instrument(page, '#quiz-de');       // before page.goto
//   await page.goto(url);
//   const ready = await waitReady(page);       // ms after navigation start
//   const steps = await walkQuiz(page, '#quiz-de'); // click → next screen painted: Start + 8 steps
//   const cls = await layoutShift(page);
import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli size of `bytes` at quality 11, as a static host would serve it. */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/**
 * Installs, before any page script runs, the page-side probes:
 * - `__bench.root()`: where the quiz's screens live: the open shadow root of
 *   the element matching `target`, or, for the floor, the element `#floor`;
 * - `__bench.ready`: ms after navigation start of the first frame in which
 *   the intro's start button (`.sk-intro .sk-primary`) is in that root, laid
 *   out and wired (for the floor: its script set `data-ready`); polled once a
 *   frame, so it is the frame that shows it;
 * - `__bench.shifts`: layout shifts without recent input, as [time, value];
 * - `__bench.memories`: every WebAssembly.Memory the page instantiated.
 */
export async function instrument(page, target) {
  await page.addInitScript((target) => {
    const bench = {
      ready: null,
      shifts: [],
      firstClick: null,
      memories: [],
      root() {
        const floor = document.getElementById('floor');
        if (floor) return floor.hasAttribute('data-ready') ? floor : null;
        return document.querySelector(target)?.shadowRoot ?? null;
      },
    };
    window.__bench = bench;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) bench.shifts.push([entry.startTime, entry.value]);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Keep hold of the wasm memories to report their size after the result.
    const keep = (result) => {
      const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
      const memory = instance?.exports?.memory;
      if (memory instanceof WebAssembly.Memory) bench.memories.push(memory);
      return result;
    };
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      if (original) WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
    }
    const poll = () => {
      const button = bench.root()?.querySelector('.sk-intro .sk-primary');
      const box = button?.getBoundingClientRect();
      if (box && box.width > 0 && box.height > 0) {
        bench.ready = performance.now();
      } else {
        requestAnimationFrame(poll);
      }
    };
    requestAnimationFrame(poll);
  }, target);
}

/** Waits for `__bench.ready` (ms after navigation start) and returns it. */
export async function waitReady(page, timeout = 20_000) {
  await page.waitForFunction(() => window.__bench?.ready != null, null, { timeout, polling: 'raf' });
  return page.evaluate(() => window.__bench.ready);
}

/** First contentful paint (ms after navigation start); waits for the entry. */
export function firstContentfulPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          const fcp = list.getEntriesByName('first-contentful-paint')[0];
          if (!fcp) return;
          observer.disconnect();
          resolve(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/**
 * Walks the quiz: start, then for each of the eight questions choose "yes"
 * and click the submit button with a real (trusted) mouse click. Measures
 * each click → next screen (question or result) painted: from the click
 * event's timestamp to just after the first animation frame whose DOM shows
 * the next screen (a task queued from that frame runs after its paint).
 * Returns ms per step: [Start → question 1, question 1 → 2, …, question 8 →
 * result]. `target` as for instrument().
 */
export async function walkQuiz(page, target) {
  const scope = page.locator(target);
  await page.evaluate(() => {
    const bench = window.__bench;
    addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) return;
        bench.lastClick = event.timeStamp;
        bench.firstClick ??= event.timeStamp;
      },
      true,
    );
  });
  const steps = [await timedClick(page, scope.locator('.sk-intro button.sk-primary'), false)];
  for (let i = 0; i < 8; i++) {
    await page.evaluate(() => {
      const form = window.__bench.root().querySelector('form.sk-question');
      form.querySelector('input[type="radio"][value="yes"]').click();
    });
    steps.push(await timedClick(page, scope.locator('form.sk-question button[type="submit"]'), i === 7));
  }
  return steps;
}

/**
 * Clicks `button` and returns ms from the click to the painted frame that
 * shows the next screen: a new question, or the result when `toResult`.
 */
async function timedClick(page, button, toResult) {
  await page.evaluate(() => {
    const bench = window.__bench;
    bench.title = bench.root().querySelector('form.sk-question .sk-title')?.textContent ?? null;
    bench.lastClick = null;
  });
  const painted = page.evaluate(
    (toResult) =>
      new Promise((resolve, reject) => {
        const bench = window.__bench;
        const shown = () => {
          if (toResult) return bench.root().querySelector('.sk-result');
          const title = bench.root().querySelector('form.sk-question .sk-title');
          return title && title.textContent !== bench.title;
        };
        let frames = 0;
        const check = () => {
          if (bench.lastClick != null && shown()) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - bench.lastClick);
            channel.port2.postMessage(null);
          } else if (++frames > 1200) {
            reject(new Error('the next screen did not appear'));
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      }),
    toResult,
  );
  await button.click();
  return painted;
}

/** Sum of the byte lengths of the wasm memories the page instantiated. */
export function wasmMemory(page) {
  return page.evaluate(() => window.__bench.memories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
}

/**
 * Cumulative layout shift (shifts without recent input): `load`, before the
 * first click (loading and the wasm taking over), and `all` so far.
 */
export function layoutShift(page) {
  return page.evaluate(() => {
    const { shifts, firstClick } = window.__bench;
    const sum = (list) => list.reduce((total, [, value]) => total + value, 0);
    return { load: sum(shifts.filter(([time]) => firstClick == null || time < firstClick)), all: sum(shifts) };
  });
}
