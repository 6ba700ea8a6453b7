import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { treeShakeCss } from './scripts/css-tree-shake.js';
import { precompressDir } from './scripts/precompress.js';

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

/**
 * The stylesheet index.html links holds the whole Utrecht library and every theme token; only
 * when all scripts are known (generateBundle) can the unused ones go (scripts/css-tree-shake.ts).
 * Its name then gets the hash of what is left, or a changed stylesheet would keep a name that
 * browsers cache for a year. Only index.html names it, and index.html is never cached.
 */
function treeShakeEntryCss(): Plugin {
  return {
    name: 'signaalroute:tree-shake-entry-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') throw new Error('tree-shake-entry-css: index.html is not in the bundle yet');
      const files = Object.values(bundle);
      const scripts = files.flatMap((f) => (f.type === 'chunk' ? [f.code] : [])).join('\n');
      const stylesheets = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      for (const css of stylesheets) {
        if (css.type !== 'asset' || !html.source.includes(`/${css.fileName}"`)) continue;
        if (scripts.includes(css.fileName)) throw new Error(`tree-shake-entry-css: a script names ${css.fileName}; renaming it would break that`);
        const others = stylesheets.flatMap((f) => (f !== css && f.type === 'asset' ? [String(f.source)] : [])).join('');
        const source = treeShakeCss(String(css.source), scripts, others);
        const hash = crypto.createHash('sha256').update(source).digest('base64url').slice(0, 8);
        const fileName = css.fileName.replace(/-[\w-]{8}\.css$/, `-${hash}.css`);
        if (fileName === css.fileName) throw new Error(`tree-shake-entry-css: no hash to replace in ${css.fileName}`);
        delete bundle[css.fileName];
        this.emitFile({ type: 'asset', fileName, source });
        html.source = html.source.replace(`/${css.fileName}"`, `/${fileName}"`);
      }
    },
  };
}

/**
 * Preloads of the typefaces the entry stylesheet declares (src/web/styles/fonts.css). Without them
 * Chromium asks for a font only when the app first renders text in it, after the scripts ran,
 * and the text changes typeface under the reader; preloaded, the files come alongside the scripts.
 * `crossorigin`: fonts are always fetched in CORS mode, and a preload without it is not reused.
 */
function preloadEntryFonts(): Plugin {
  return {
    name: 'signaalroute:preload-entry-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const entryCss = Object.values(bundle ?? {}).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css') && html.includes(`/${f.fileName}"`));
        const fonts = new Set(entryCss.flatMap((f) => (f.type === 'asset' ? [...String(f.source).matchAll(/\/(assets\/[\w.-]+\.woff2)\b/g)].map((m) => m[1]!) : [])));
        if (fonts.size === 0) throw new Error('preload-entry-fonts: the entry stylesheet names no font');
        return [...fonts].map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `/${href}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** Brotli and gzip variants of every built text file, once written, for the server to send as they are. */
function precompress(): Plugin {
  return { name: 'signaalroute:precompress', apply: 'build', enforce: 'post', writeBundle: () => precompressDir(outDir) };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), dropUtrechtDisplayNames(), preloadEntryFonts(), treeShakeEntryCss(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // The 150 KB first-page budget is measured as browsers receive it (`npm run bench`); Vite's
    // own gzip estimate would come before the tree-shaking and only cost build time.
    reportCompressedSize: false,
    sourcemap: false,
  },
  server: {
    // The API runs separately during development (npm run dev on port 3000).
    // '/api/' with the slash: '/api' alone would also catch the page /api-referentie.
    proxy: { '/api/': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
