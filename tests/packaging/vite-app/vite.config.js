// The one setting startklar-quiz needs in Vite: no dependency pre-bundling
// for it in the dev server, which would move its module away from the
// files it loads next to itself. `vite build` needs nothing.
export default {
  optimizeDeps: { exclude: ['startklar-quiz'] },
};
