// Startklar embed loader: defines <startklar-quiz>.
//
// Every other file is loaded relative to this module's own URL, so dist/
// works from any folder or CDN path. It defines no global name beyond the
// custom element. The WebAssembly is fetched and compiled once; each widget
// gets an instance of its own, so a fault in one widget cannot break the
// others or the host page.

const TAG = 'startklar-quiz';
const here = import.meta.url;
// Written as literal `new URL('./file', import.meta.url)`: the form bundlers
// (Vite, webpack, Parcel) recognise, so they copy both files with the app
// and rewrite these URLs.
const WASM_URL = new URL('./startklar-app_bg.wasm', import.meta.url);
const GLUE_URL = new URL('./startklar-app.js', import.meta.url);
let compiling = null;
let sheet = null;
let instances = 0;
// Healthy instances of removed widgets, reused by the next one, so that
// inserting and removing widgets does not pile up instances.
const idle = [];
// loading="lazy": elements waiting to come within about one viewport height
// of the visible area, with what starts them.
let near = null;
const waiting = new Map();
function stopWaiting(element) {
  if (waiting.delete(element)) near.unobserve(element);
}

// The content pack an element asks for: its `content` attribute, resolved
// against the page; on the standalone page also `?content=`, accepted only
// from the page's own origin so that nobody can put their words on the
// author's domain with a crafted link.
const PACK_LIMIT = 64 * 1024;
function packUrl(element) {
  const attribute = element.getAttribute('content')?.trim();
  const param = element.hasAttribute('standalone') ? new URLSearchParams(location.search).get('content') : null;
  const value = attribute || param?.trim();
  if (!value) return null;
  let url = null;
  try {
    url = new URL(value, document.baseURI);
  } catch {}
  const shown = JSON.stringify(value.slice(0, 80));
  if (!attribute && url && url.origin !== location.origin) {
    console.warn(`<${TAG}>: ignoring ?content=${shown}: only a content pack from this page's own origin is loaded. Showing a built-in language.`);
    return null;
  }
  // blob: URLs are the page's own (the studio's live preview).
  const ownBlob = url?.protocol === 'blob:' && url.origin === location.origin;
  if (!url || !(/^https?:$/.test(url.protocol) || ownBlob)) {
    console.warn(`<${TAG}>: invalid content=${shown}; expected the URL of a content pack (.json). Showing a built-in language.`);
    return null;
  }
  return url.href;
}

// Fetches a content pack without credentials: its text, or why not.
async function fetchPack(url) {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) return { error: `HTTP ${response.status}` };
    const length = Number(response.headers.get('content-length'));
    if (length > PACK_LIMIT) return { error: `${length} bytes, over the 64 KB limit` };
    return { text: await response.text() };
  } catch (error) {
    return { error: `network error (${error?.message ?? error})` };
  }
}

// Fetches and compiles the wasm once for the page.
function compile() {
  compiling ??= fetch(WASM_URL).then(async (response) => {
    if (!response.ok) throw new Error(`startklar-app_bg.wasm: HTTP ${response.status}`);
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch {
      // Hosts that serve .wasm with the wrong MIME type still work.
      return WebAssembly.compile(await response.arrayBuffer());
    }
  });
  return compiling;
}

// A fresh instance of the bindings: the glue module is imported under its
// own URL so that its module state (the wasm instance) is this widget's.
async function instantiate() {
  instances += 1;
  // The first widget uses the plain URL, so a page with one widget makes one request.
  const glue = new URL(GLUE_URL);
  if (instances > 1) glue.searchParams.set('instance', instances);
  // The glue loads while the wasm compiles.
  const [module, bindings] = await Promise.all([compile(), import(/* @vite-ignore */ glue.href)]);
  await bindings.default({ module_or_path: module });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(bindings.widget_css());
  }
  return bindings;
}

class StartklarQuiz extends HTMLElement {
  static observedAttributes = ['lang', 'theme', 'persist', 'content'];
  #widget = null;
  #bindings = null;
  #starting = false;
  #warned = false;
  // `content` changed while the widget was starting: start again once it runs.
  #contentChanged = false;

  connectedCallback() {
    // loading="lazy" as on <img>: until the element is near, nothing but
    // this file is fetched and the content inside the element stays.
    const loading = this.getAttribute('loading')?.trim().toLowerCase() ?? 'eager';
    if (loading === 'lazy' && window.IntersectionObserver) {
      near ??= new IntersectionObserver(
        (entries) => {
          for (const { target, isIntersecting } of entries) {
            const start = isIntersecting && waiting.get(target);
            if (!start) continue;
            stopWaiting(target);
            start();
          }
        },
        { rootMargin: '100% 0px' },
      );
      waiting.set(this, () => this.#start(false));
      near.observe(this);
      return;
    }
    if (!/^(lazy|eager)$/.test(loading) && !this.#warned) {
      this.#warned = true;
      const value = JSON.stringify(this.getAttribute('loading').slice(0, 40));
      console.warn(`<${TAG}>: invalid loading=${value}; allowed values: "lazy", "eager". Using the default.`);
    }
    this.#start(false);
  }

  disconnectedCallback() {
    stopWaiting(this);
    if (!this.#widget) return;
    try {
      this.#widget.unmount();
      idle.push(this.#bindings);
    } catch (error) {
      console.error(`<${TAG}>: could not unmount cleanly.`, error);
    }
    this.#widget = null;
    this.#bindings = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'content' && oldValue !== newValue && this.#starting) this.#contentChanged = true;
    if (oldValue === newValue || !this.#widget) return;
    if (name === 'content') {
      // Other words: start again with the new pack, keeping stored answers.
      this.disconnectedCallback();
      this.#start(false);
      return;
    }
    try {
      this.#widget.attribute_changed(name);
    } catch (error) {
      console.error(`<${TAG}>: could not apply ${name}.`, error);
    }
  }

  // Starts a widget, once per connection; `fresh` ignores stored answers.
  #start(fresh) {
    if (this.#starting || this.#widget) return;
    this.#starting = true;
    this.#contentChanged = false;
    const reused = idle.pop();
    const pack = packUrl(this);
    // The pack loads while the wasm does; the content inside the element
    // stays until both are there.
    Promise.all([reused ? Promise.resolve(reused) : instantiate(), pack && fetchPack(pack)]).then(
      ([bindings, fetched]) => {
        this.#starting = false;
        // Removed while the wasm loaded: keep the instance for the next one.
        if (!this.isConnected || this.#widget) {
          idle.push(bindings);
          return;
        }
        // The shadow root is attached only now, so the fallback markup inside
        // the element stays visible until the widget can really start.
        const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheet];
        root.replaceChildren();
        try {
          bindings.on_fault((message, restart) => this.#fault(message, restart));
          this.#widget = bindings.StartklarWidget.mount(
            this,
            root,
            new URL('index.html', here).href,
            fresh,
            pack ?? undefined,
            fetched?.text,
            fetched?.error,
          );
          this.#bindings = bindings;
        } catch (error) {
          console.error(`<${TAG}>: could not start this widget.`, error);
          return;
        }
        if (this.hasAttribute('standalone')) startIframeMode();
        if (this.#contentChanged) {
          this.disconnectedCallback();
          this.#start(false);
        }
      },
      (error) => {
        this.#starting = false;
        // The browser's own message here suggests 'unsafe-eval', which would
        // weaken the page's policy; name the narrow source instead.
        if (/Content Security Policy/i.test(String(error?.message ?? error))) {
          console.error(
            `<${TAG}>: the page's Content-Security-Policy blocks WebAssembly; add 'wasm-unsafe-eval' to script-src. ` +
              'The content inside the element stays as it is.',
          );
        } else {
          console.error(`<${TAG}>: could not start; the content inside the element stays as it is.`, error);
        }
      },
    );
  }

  // The widget's wasm instance failed (the details are in the console): show
  // a friendly message in this widget only, with a way to start over.
  #fault(message, restart) {
    this.#widget = null;
    this.#bindings = null;
    const root = this.shadowRoot;
    if (!root) return;
    const box = document.createElement('div');
    box.className = 'sk sk-fault';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = message;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sk-button sk-primary';
    button.setAttribute('part', 'button primary-button');
    button.textContent = restart;
    button.addEventListener('click', () => this.#start(true));
    box.append(text, button);
    root.replaceChildren(box);
  }
}

// Iframe mode of the standalone page (`index.html?embed=1`): a bare widget
// on a transparent page that tells its parent how tall it is, so a host that
// allows none of the widget's scripts can still size the iframe without a
// scrollbar.
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
