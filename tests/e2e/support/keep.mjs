// Helpers for the "result worth keeping" tests (keep.test.mjs): storage
// spies, broken storages and seeds (init scripts: they run before the
// page's own), storage dumps, and reading PNGs, PDFs and print layouts.
//
//   await spyOnStorage(s.context);  …;  assert.deepEqual(await storageCalls(s.page), []);

/** Every entry of sessionStorage and localStorage of the page's origin. */
export function storageDump(page) {
  return page.evaluate(() => {
    const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i))]));
    return { session: dump(sessionStorage), local: dump(localStorage) };
  });
}

/** Records every Storage write (setItem, removeItem, clear) in window.__skStorageCalls. */
export function spyOnStorage(context) {
  return context.addInitScript(() => {
    const calls = [];
    Object.defineProperty(window, '__skStorageCalls', { value: calls });
    for (const name of ['setItem', 'removeItem', 'clear']) {
      const original = Storage.prototype[name];
      Storage.prototype[name] = function (...args) {
        calls.push({ name, args: args.map(String), local: this === window.localStorage });
        return original.apply(this, args);
      };
    }
  });
}

export const storageCalls = (page) => page.evaluate(() => window.__skStorageCalls.slice());

/** Makes getItem, setItem and removeItem throw, as a full or sandboxed storage does. */
export function makeStorageMethodsThrow(context) {
  return context.addInitScript(() => {
    for (const name of ['getItem', 'setItem', 'removeItem']) {
      Storage.prototype[name] = function () {
        throw new DOMException(`${name} blocked by the test`, 'SecurityError');
      };
    }
  });
}

/** Makes reading window.sessionStorage and window.localStorage throw (storage disabled). */
export function makeStorageAccessThrow(context) {
  return context.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`${name} is disabled by the test`, 'SecurityError');
        },
      });
    }
  });
}

/**
 * Puts `value` under `key` in the sessionStorage of the page's origin once,
 * before the first page of the tab runs (a reload does not put it back).
 */
export function seedSessionStorage(context, key, value) {
  return context.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('__skSeeded') === null) {
        sessionStorage.setItem('__skSeeded', '1');
        sessionStorage.setItem(key, value);
      }
    },
    [key, value],
  );
}

/** Warnings about storage among `warnings`. */
export const aboutStorage = (warnings) => warnings.filter((w) => /storage|stored/i.test(w));

/** Text on the page's clipboard (needs the clipboard-read permission). */
export const clipboardText = (page) => page.evaluate(() => navigator.clipboard.readText());

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`). */
export function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * Whether each element matched by `locator` (hidden ones included) is
 * rendered: { visible, display } per element, looking at the element and
 * its ancestors through the shadow root.
 */
export function renderedState(locator) {
  return locator.evaluateAll((els) =>
    els.map((el) => ({
      text: (el.textContent ?? '').trim(),
      display: getComputedStyle(el).display,
      visible: el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    })),
  );
}
