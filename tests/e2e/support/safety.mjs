// Helpers for the safety and privacy tests (tests/e2e/safety.test.mjs,
// tests/e2e/privacy.test.mjs): Content-Security-Policy lines, recorders that
// run in every frame before the page's own scripts (CSP violations, dialogs,
// storage writes, cookies), and a full quiz run that uses every feature of
// the result (training plan, copy, share, downloads).
//
//   await watchViolations(context);          // before the first page.goto
//   await fullQuiz(page.locator('#quiz-de'), 'de');
//   assert.deepEqual(await violations(page), []);
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { TEXT, QUESTIONS, visible } from './quiz.mjs';
import { openPage } from './browser.mjs';
import {
  buttonIn,
  radioIn,
  expectIntroIn,
  expectQuestionIn,
  startIn,
  answerIn,
  resultVerdictIn,
  collectConsole,
} from './embed.mjs';

/** The strict policy the README promises the widget works under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";

/** The same policy without 'wasm-unsafe-eval': the widget cannot start. */
export const NO_WASM_CSP = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');

/** Labels of the result's actions, as in content/<lang>.toml. */
export const ACTIONS = {
  de: {
    copyPlan: 'Plan als Text kopieren',
    share: 'Link teilen',
    svg: 'Startnummer als SVG',
    png: 'Startnummer als PNG',
    copied: 'Kopiert.',
    copyFailed: 'Kopieren ging nicht. Der Text ist markiert: Kopieren Sie ihn mit Strg+C oder ⌘+C.',
    crashed: 'Hier ist leider etwas schiefgelaufen. Ihre Seite funktioniert weiter; das Quiz können Sie neu starten.',
    invalidShareLink: 'Der geteilte Link ist ungültig oder beschädigt. Sie können das Quiz hier neu beginnen.',
    shareLinkLabel: 'Link zu Ihrem Ergebnis',
  },
  en: {
    copyPlan: 'Copy plan as text',
    share: 'Share link',
    svg: 'Start number as SVG',
    png: 'Start number as PNG',
    copied: 'Copied.',
    copyFailed: 'Copying did not work. The text is selected: copy it with Ctrl+C or ⌘+C.',
    crashed: 'Sorry, something went wrong here. The rest of the page still works; you can restart the quiz.',
    invalidShareLink: 'The shared link is invalid or damaged. You can start the quiz afresh here.',
    shareLinkLabel: 'Link to your result',
  },
};

/** An answer set with warnings (so the training plan has steps): verdict "train". */
export const TRAIN = ['yes', 'partly', 'yes', 'partly', 'partly', 'yes', 'yes', 'yes'];

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

/** Records page dialogs (alert, confirm, prompt) and dismisses them. */
export function recordDialogs(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return dialogs;
}

// ---- quiz driving ----

/** A download triggered by `click`: { name, bytes }. */
export async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(file) };
}

/** Waits until the status next to `button` in `scope` shows one of `texts`. */
async function statusAfter(scope, texts, what) {
  const status = scope.getByRole('status').filter({ hasText: new RegExp(texts.map(escapeRe).join('|')) });
  await visible(status, what);
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A full run in `scope` (a Locator of one <startklar-quiz>, also one inside
 * an iframe): intro, the eight questions (checking the course on each), the
 * result and its course, a ticked training-plan step, copy plan, share link,
 * and the start number as SVG and PNG. Returns what it saw.
 */
export async function fullQuiz(scope, lang, answers = TRAIN) {
  const page = scope.page();
  const t = TEXT[lang];
  const a = ACTIONS[lang];
  await expectIntroIn(scope, lang);
  await startIn(scope, lang);
  const course = scope.locator('svg.sk-course');
  for (const [i, answer] of answers.entries()) {
    const n = i + 1;
    await expectQuestionIn(scope, n, lang);
    await visible(course, `the course on question ${n}`);
    await radioIn(scope, answer, lang).check();
    await buttonIn(scope, n === QUESTIONS ? t.finish : t.next).click();
  }
  const verdict = await resultVerdictIn(scope, lang);
  await visible(course, 'the course on the result');
  // The course is drawn by classes of the widget's stylesheet: a blocked
  // stylesheet would leave the road unstroked.
  const road = await scope
    .locator('svg.sk-course .sk-course-road')
    .evaluate((el) => getComputedStyle(el).stroke);
  assert.notEqual(road, 'none', 'the course road is styled');

  const step = scope.getByRole('checkbox').first();
  await step.check();
  assert.equal(await step.isChecked(), true, 'a training plan step is ticked');

  await buttonIn(scope, a.copyPlan).click();
  await statusAfter(scope, [a.copied, a.copyFailed], 'feedback after "copy plan"');
  await buttonIn(scope, a.share).click();
  await statusAfter(scope, [a.copied, a.copyFailed], 'feedback after "share link"');

  const svg = await download(page, () => buttonIn(scope, a.svg).click());
  assert.match(svg.name, /^startklar-[a-z-]+\.svg$/);
  assert.match(svg.bytes.toString('utf8'), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const png = await download(page, () => buttonIn(scope, a.png).click());
  assert.match(png.name, /^startklar-[a-z-]+\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  assert.ok(png.bytes.length > 1000, `PNG of ${png.bytes.length} bytes`);
  return { verdict, svg, png };
}

/** The intro in `scope` and, if `note`, the invalid-share-link note. */
export async function expectIntroWithNote(scope, lang, note) {
  await expectIntroIn(scope, lang);
  const shown = await scope.getByText(ACTIONS[lang].invalidShareLink).count();
  assert.equal(shown > 0, note, `invalid share link note ${note ? 'shown' : 'not shown'}`);
}

// ---- sessions, warnings and checks shared by the test files ----

/**
 * Opens fresh contexts (see support/browser.mjs) that record dialogs, and
 * closes them after each test with a diagnostic of their errors:
 *   const sessions = keepSessions(() => browser);  afterEach(sessions.closeAll);
 *   const s = await sessions.open();
 */
export function keepSessions(getBrowser) {
  const open = [];
  return {
    async open(options = {}) {
      const s = await openPage(getBrowser(), options);
      open.push(s);
      s.dialogs = recordDialogs(s.page);
      return s;
    },
    async closeAll(t) {
      for (const s of open.splice(0)) {
        if (s.consoleErrors.length || s.pageErrors.length) {
          t.diagnostic(`page errors: ${JSON.stringify({ console: s.consoleErrors, page: s.pageErrors })}`);
        }
        await s.close();
      }
    },
  };
}

/** Console warnings of `s` from now on; `matching(re)` filters them. */
export function warnings(s) {
  const texts = collectConsole(s.page, 'warning');
  return { all: texts, matching: (re) => texts.filter((t) => re.test(t)) };
}

/** Answers question 1 of `scope` (from its intro): the widget works. */
export async function answerOne(scope, lang) {
  await startIn(scope, lang);
  await answerIn(scope, ['yes'], lang);
  await expectQuestionIn(scope, 2, lang);
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
  assert.deepEqual(s.dialogs, [], 'no dialog opened');
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

/** The storage key of the widget with `id` on the page at `pathname`. */
export const storageKey = (pathname, id) => `startklar:${pathname}:${id}`;
