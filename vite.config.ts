import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The web app lives in src/web; the server serves dist/web with an SPA fallback, so every route
// is a client-side route and assets are referenced from the site root.
const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * The Utrecht React bundle is one module that ends each component with `X.displayName = 'X'`.
 * Those property writes count as side effects, so every component (~90) stayed in the bundle
 * even when unused. The names only serve React DevTools; dropping them lets tree-shaking keep
 * just the components the app uses (about 50 KB gzipped less on the first page).
 */
function dropUtrechtDisplayNames(): Plugin {
  return {
    name: 'signaalroute:drop-utrecht-display-names',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/@utrecht/component-library-react/dist/index.mjs')) return null;
      return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = '[^']*';$/gm, ''), map: null };
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), dropUtrechtDisplayNames()],
  build: {
    outDir,
    emptyOutDir: true,
    // Report gzipped sizes so the 150 KB first-page budget can be read from the build output.
    reportCompressedSize: true,
    sourcemap: false,
  },
  server: {
    // The API runs separately during development (npm run dev on port 3000).
    // '/api/' with the slash: '/api' alone would also catch the page /api-referentie.
    proxy: { '/api/': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
