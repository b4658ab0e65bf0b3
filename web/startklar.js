// Startklar embed loader: defines <startklar-quiz> and starts the
// WebAssembly once for every instance on the page. Every other file is
// loaded relative to this module's own URL, so dist/ works from any folder.
// It defines no global name beyond the custom element.

const TAG = 'startklar-quiz';
const here = import.meta.url;
let starting = null;

// Loads and instantiates the wasm once; resolves to the bindings and the
// one constructed stylesheet that all shadow roots share.
function start() {
  starting ??= import(new URL('startklar-app.js', here).href).then(async (bindings) => {
    await bindings.default({ module_or_path: new URL('startklar-app_bg.wasm', here) });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(bindings.widget_css());
    return { bindings, sheet };
  });
  return starting;
}

class StartklarQuiz extends HTMLElement {
  static observedAttributes = ['lang', 'theme', 'persist'];
  #widget = null;

  connectedCallback() {
    start().then(
      ({ bindings, sheet }) => {
        // Connected, removed and re-inserted while the wasm loaded: mount once.
        if (!this.isConnected || this.#widget) return;
        // The shadow root is attached only now, so the fallback markup inside
        // the element stays visible until the widget can really start.
        const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheet];
        this.#widget = bindings.StartklarWidget.mount(this, root, new URL('index.html', here).href);
        if (this.hasAttribute('standalone')) startIframeMode();
      },
      (error) => {
        console.error(`<${TAG}>: could not start; the content inside the element stays as it is.`, error);
      },
    );
  }

  disconnectedCallback() {
    this.#widget?.unmount();
    this.#widget?.free();
    this.#widget = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue) this.#widget?.attribute_changed(name);
  }
}

// Iframe mode of the standalone page (`index.html?embed=1`): a bare widget
// on a transparent page that tells its parent how tall it is, so a host that
// allows no scripts of ours can still size the iframe without a scrollbar.
let iframeMode = false;
function startIframeMode() {
  if (iframeMode || new URLSearchParams(location.search).get('embed') !== '1') return;
  iframeMode = true;
  document.documentElement.classList.add('startklar-embed');
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last && window.parent !== window) {
      last = height;
      window.parent.postMessage({ type: 'startklar:height', height }, '*');
    }
  }).observe(document.documentElement);
}

// Loading this script twice (even from two URLs) must be harmless.
if (!customElements.get(TAG)) customElements.define(TAG, StartklarQuiz);
