// Helpers for the safety, bad-input and privacy tests: Content-Security-
// Policy lines (served per path by the harness), recorders that run in every
// frame before the page's own scripts (CSP violations, storage and cookie
// writes), checks that nothing was injected and that the host page works,
// and a full quiz run that uses every feature of the result.
//
//   const h = useHarness({ paths: CSP_PATHS });        // h.url('strict/index.html') is under STRICT_CSP
//   await watchViolations(s.context);                  // before the first page.goto
//   await fullQuiz(quiz(page.locator('#quiz-de'), 'de'));
//   assert.deepEqual(await violations(page), []);
import assert from 'node:assert/strict';
import { ANSWER_SETS, quiz, visible } from './driver.mjs';

/** The strict policy the README promises the widget works under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";

/** The same policy without 'wasm-unsafe-eval': the widget cannot start. */
export const NO_WASM_CSP = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');

/** The build served again under these folders, each with its policy (the harness's `paths`). */
export const CSP_PATHS = {
  '/strict/': { 'Content-Security-Policy': STRICT_CSP },
  '/no-wasm/': { 'Content-Security-Policy': NO_WASM_CSP },
  '/no-blob/': { 'Content-Security-Policy': STRICT_CSP.replace(' blob:', '') },
};

/** An answer set with warnings (so the training plan has steps): verdict "train". */
export const TRAIN = ANSWER_SETS.train;

/** The markup the tests try to inject everywhere. */
export const MARKUP = '<img src=x onerror=alert(1)>';

// ---- recorders that run in every frame, before the page's scripts ----

/**
 * Records every `securitypolicyviolation` of every frame of `context` into
 * window.__skViolations: listeners on the document (capture) and on every
 * shadow root the page attaches (the event is composed, so the document sees
 * those too; one event is recorded once).
 */
export function watchViolations(context) {
  return context.addInitScript(() => {
    const seen = new WeakSet();
    const log = [];
    Object.defineProperty(window, '__skViolations', { value: log });
    const record = (e) => {
      if (seen.has(e)) return;
      seen.add(e);
      log.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
        target: e.composedPath?.()[0]?.nodeName ?? null,
        document: location.href,
      });
    };
    document.addEventListener('securitypolicyviolation', record, true);
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      root.addEventListener('securitypolicyviolation', record, true);
      return root;
    };
  });
}

/** The violations recorded so far in every frame of `page`. */
export async function violations(page) {
  const all = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => window.__skViolations?.slice() ?? []).catch(() => [])));
  }
  return all;
}

/**
 * Spies on everything a page could use to keep or send data, in every frame:
 * Storage.prototype.setItem/removeItem/clear, document.cookie writes,
 * indexedDB.open, caches.open, cookieStore.set, navigator.sendBeacon. The
 * calls land in window.__skWrites as { api, key, frame }.
 */
export function watchWrites(context) {
  return context.addInitScript(() => {
    const log = [];
    Object.defineProperty(window, '__skWrites', { value: log });
    const where = () => location.pathname + location.search;
    const spy = (object, name, api, describe = () => null) => {
      const original = object?.[name];
      if (typeof original !== 'function') return;
      object[name] = function (...args) {
        log.push({ api, key: describe(this, args), frame: where() });
        return original.apply(this, args);
      };
    };
    const kind = (storage) => {
      try {
        return storage === window.localStorage ? 'localStorage' : 'sessionStorage';
      } catch {
        return 'storage';
      }
    };
    spy(Storage.prototype, 'setItem', 'setItem', (s, [key]) => `${kind(s)}:${key}`);
    spy(Storage.prototype, 'removeItem', 'removeItem', (s, [key]) => `${kind(s)}:${key}`);
    spy(Storage.prototype, 'clear', 'clear', (s) => kind(s));
    spy(window.indexedDB, 'open', 'indexedDB.open', (_, [name]) => name);
    spy(window.caches, 'open', 'caches.open', (_, [name]) => name);
    spy(window.cookieStore, 'set', 'cookieStore.set', (_, [name]) => String(name?.name ?? name));
    spy(navigator, 'sendBeacon', 'sendBeacon', (_, [url]) => String(url));
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        return cookie.get.call(this);
      },
      set(value) {
        log.push({ api: 'document.cookie', key: String(value).split('=')[0], frame: where() });
        cookie.set.call(this, value);
      },
    });
  });
}

/** Writes recorded so far in every frame of `page`, with what each frame holds now. */
export async function writes(page) {
  const calls = [];
  const held = [];
  for (const frame of page.frames()) {
    const r = await frame
      .evaluate(() => {
        const keys = (s) => {
          try {
            return Object.keys(s);
          } catch {
            return [];
          }
        };
        return {
          calls: window.__skWrites?.slice() ?? [],
          held: {
            frame: location.pathname + location.search,
            session: keys(sessionStorage),
            local: keys(localStorage),
            cookie: document.cookie,
          },
        };
      })
      .catch(() => null);
    if (!r) continue;
    calls.push(...r.calls);
    held.push(r.held);
  }
  return { calls, held };
}

// ---- quiz runs and checks ----

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until a status of the widget shows one of `texts`. */
async function statusSaying(q, texts, what) {
  await visible(q.status(new RegExp(texts.map(escapeRe).join('|'))), what);
}

/**
 * A full run of the driver `q` (also one inside an iframe): intro, the
 * eight questions (checking the course on each), the result and its course,
 * a ticked training-plan step, copy plan, share link, and the start number
 * as SVG and PNG. Returns what it saw.
 */
export async function fullQuiz(q, answers = TRAIN) {
  const { t } = q;
  await q.intro();
  await q.start();
  const course = q.scope.locator('svg.sk-course');
  for (const [i, answer] of answers.entries()) {
    const n = i + 1;
    await q.question(n);
    await visible(course, `the course on question ${n}`);
    await q.choose(answer);
    await q.next(n);
  }
  const { verdict } = await q.result();
  await visible(course, 'the course on the result');
  // The course is drawn by classes of the widget's stylesheet: a blocked
  // stylesheet would leave the road unstroked.
  const road = await q.scope.locator('svg.sk-course .sk-course-road').evaluate((el) => getComputedStyle(el).stroke);
  assert.notEqual(road, 'none', 'the course road is styled');

  const step = q.checkboxes().first();
  await step.check();
  assert.equal(await step.isChecked(), true, 'a training plan step is ticked');

  await q.button(t.copyPlan).click();
  await statusSaying(q, [t.copied, t.copyFailed], 'feedback after "copy plan"');
  await q.button(t.share).click();
  await statusSaying(q, [t.copied, t.copyFailed], 'feedback after "share link"');

  const svg = await q.download(t.svg);
  assert.match(svg.name, /^startklar-[a-z-]+\.svg$/);
  assert.match(svg.bytes.toString('utf8'), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const png = await q.download(t.png);
  assert.match(png.name, /^startklar-[a-z-]+\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  assert.ok(png.bytes.length > 1000, `PNG of ${png.bytes.length} bytes`);
  return { verdict, svg, png };
}

/** Full quizzes in both widgets and the iframe of demo/blog.html (already loaded in `page`). */
export async function fullQuizzesOnBlog(page, enAnswers) {
  await fullQuiz(quiz(page.locator('#quiz-de'), 'de'));
  await fullQuiz(quiz(page.locator('#quiz-en'), 'en'), enAnswers);
  await fullQuiz(quiz(page.frameLocator('iframe[data-startklar]').locator('startklar-quiz'), 'en'));
}

/** The intro of `q` and, if `note`, the invalid-share-link note. */
export async function expectIntroWithNote(q, note) {
  await q.intro();
  const shown = await q.scope.getByText(q.t.invalidLink).count();
  assert.equal(shown > 0, note, `invalid share link note ${note ? 'shown' : 'not shown'}`);
}

/**
 * Fails if any document or open shadow root of `s.page` holds an <img>, if
 * injected markup ran (window.__pwned), a dialog opened, or `server` was
 * asked for the injected image `x`.
 */
export async function assertNothingInjected(s, server) {
  const found = await s.page.evaluate(() => {
    const images = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'IMG') images.push(el.outerHTML);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const html = [...document.querySelectorAll('startklar-quiz')].map((el) => el.shadowRoot?.innerHTML ?? '');
    return { images, markupInShadow: html.some((h) => /<img/i.test(h)), ran: window.__pwned ?? false };
  });
  assert.deepEqual(found, { images: [], markupInShadow: false, ran: false }, 'no injected element ran or exists');
  assert.deepEqual(s.log.dialogs, [], 'no dialog opened');
  assert.deepEqual(server.requests.filter((r) => /(^|\/)x(\?|$)/.test(r)), [], 'the injected <img src=x> was never fetched');
}

/** The page's own handlers still run: a button added by the host reacts. */
export async function assertHostWorks(page) {
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'Host button';
    b.addEventListener('click', () => (b.textContent = 'Host clicked'));
    document.body.append(b);
  });
  await page.getByRole('button', { name: 'Host button' }).click();
  await visible(page.getByRole('button', { name: 'Host clicked' }), 'the host page handler ran');
}

/** Text, shadow root and height of every <startklar-quiz> in `frame`. */
export const fallbacks = (frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('startklar-quiz')].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.innerText.trim(), shadow: Boolean(el.shadowRoot), height: r.height };
    }),
  );
