// Starts Startklar Studio (studio.html): its own wasm, beside the widget's.
import init from './startklar-studio.js';

const root = document.getElementById('studio');
init({ module_or_path: new URL('./startklar-studio_bg.wasm', import.meta.url) })
  .then(() => root.removeAttribute('aria-busy'))
  .catch((error) => {
    console.error('Startklar Studio could not start.', error);
  });
