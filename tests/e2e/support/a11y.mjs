// Accessibility helpers for the end-to-end tests: axe-core run in the page
// (so it reaches into open shadow roots), focus inspection through shadow
// roots, and WCAG contrast arithmetic on computed colours.
//
//   const violations = await runAxe(page, { include: [['#quiz-de']] });
//   assert.deepEqual(violations, [], formatViolations(violations, 'question 3'));
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';

export const AXE_PATH = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

/** The rule sets checked: WCAG 2.2 AA plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Context options for pages that may run under a strict CSP: axe is injected
 * with page.addScriptTag({ path }), an inline script a CSP would refuse.
 */
export const AXE_CONTEXT_OPTIONS = { bypassCSP: true };

/** Injects axe-core once per document. */
export async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe === 'object')) return;
  await page.addScriptTag({ path: AXE_PATH });
}

/**
 * Runs axe-core in the page on `context` (default: the whole document,
 * shadow roots included) and returns the violations, trimmed to what a
 * failure message needs.
 */
export async function runAxe(page, context = null, tags = AXE_TAGS) {
  await injectAxe(page);
  return page.evaluate(
    async ({ context, tags }) => {
      const results = await window.axe.run(context ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target,
          html: n.html.length > 200 ? `${n.html.slice(0, 200)}…` : n.html,
          summary: n.failureSummary,
        })),
      }));
    },
    { context, tags },
  );
}

/** A readable multi-line report of axe violations, prefixed by `where`. */
export function formatViolations(violations, where = '') {
  if (!violations.length) return `${where}: no violations`;
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes) {
      lines.push(`    at ${JSON.stringify(n.target)}`);
      lines.push(`       ${n.html}`);
      for (const s of (n.summary ?? '').split('\n')) if (s.trim()) lines.push(`       ${s.trim()}`);
    }
  }
  return lines.join('\n');
}

// ---- focus ----

/**
 * Describes the deepest focused element, looking through shadow roots:
 * { tag, text, inShadow, hostId, isBody, parentTag, closestLang }.
 */
export function focusInfo(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    let host = null;
    while (a?.shadowRoot?.activeElement) {
      host = a;
      a = a.shadowRoot.activeElement;
    }
    if (!a) return { tag: null, isBody: false, inShadow: false };
    return {
      tag: a.tagName.toLowerCase(),
      text: (a.textContent ?? '').trim().replace(/\s+/g, ' '),
      inShadow: a.getRootNode() instanceof ShadowRoot,
      hostId: host?.id ?? null,
      isBody: a === document.body || a === document.documentElement,
      parentTag: a.parentElement?.tagName.toLowerCase() ?? null,
      type: a.getAttribute('type'),
    };
  });
}

// ---- colour contrast (WCAG 2.x definitions) ----

/** Parses a computed colour ("rgb(…)", "rgba(…)", "#rrggbb", "color(srgb …)") to [r, g, b, a] with r, g, b in 0–255. */
export function parseColor(text) {
  const s = String(text).trim();
  let m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(s);
  if (m) {
    let a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), a];
  }
  m = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\s*\)$/i.exec(s);
  if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : Number(m[4])];
  m = /^#([0-9a-f]{6})$/i.exec(s);
  if (m) {
    const n = parseInt(m[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  throw new Error(`cannot parse colour "${text}"`);
}

/** `top` (with alpha) composited over opaque `bottom`. */
export function composite(top, bottom) {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
}

export function relativeLuminance([r, g, b]) {
  const lin = (c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours (1 … 21). */
export function contrastRatio(c1, c2) {
  const [l1, l2] = [relativeLuminance(c1), relativeLuminance(c2)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * The focused element's computed outline ({ style, width, color }) and the
 * opaque background behind the widget: the computed backgrounds from the
 * focused element's parent up through the shadow host to the page,
 * composited (a transparent widget background shows the page's).
 */
export function focusStyle(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const cs = getComputedStyle(a);
    // The outline is drawn around the element, on what lies behind it: the
    // backgrounds of its ancestors (the element's own is inside the outline).
    const layers = [];
    for (let el = a.parentElement ?? a.getRootNode().host; el; ) {
      layers.push(getComputedStyle(el).backgroundColor);
      el = el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
    }
    return {
      tag: a.tagName.toLowerCase(),
      style: cs.outlineStyle,
      width: cs.outlineWidth,
      color: cs.outlineColor,
      layers, // innermost first
      focusVisible: a.matches(':focus-visible'),
    };
  });
}

/** Composites `layers` (innermost first, as focusStyle returns them) over white. */
export function backdrop(layers) {
  let colour = [255, 255, 255, 1];
  for (const layer of [...layers].reverse()) colour = composite(parseColor(layer), colour);
  return colour;
}

/**
 * Colours ([r, g, b, a]) at `points` ([[x, y], …] in CSS px from the top
 * left) of `locator`'s element as rendered: a screenshot decoded in the page.
 * For what computed styles cannot tell (forced colours repaint at paint time).
 */
export async function renderedColours(locator, points) {
  const png = await locator.screenshot({ animations: 'disabled', scale: 'css' });
  return locator.page().evaluate(
    async ({ base64, points }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      return points.map(([x, y]) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3), 1]);
    },
    { base64: png.toString('base64'), points },
  );
}
