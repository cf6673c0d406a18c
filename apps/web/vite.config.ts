/**
 * The viewer is a static site: `base: './'` so that dist/ works from any subpath of an intranet
 * server, and every asset is bundled (no CDN, no outside fonts). `@fengong/source` makes Vite read
 * packages/*\/src directly, so the viewer never needs the packages built.
 *
 * `vite build` writes the site (dist/index.html and its code-split assets). Browsers refuse ES
 * modules from file:// URLs, so `vite build --mode offline` adds dist/fengong-offline.html: the
 * whole viewer (reports and importer included) in one file that opens with a double click.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
// @ts-expect-error: a plain .mjs helper shared with core's tsup config, without types.
import { coreBuildId } from '../../scripts/build-id.mjs';
import { coreInternals } from './core-internals';
import { builtInSeed } from './seed-plugin';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A Content-Security-Policy: scripts only from the site itself (or the exact inline one of the
 * offline file, by hash), and no network connections at all (`connect-src 'none'`),
 * so an opened plan cannot leave the browser.
 */
function policy(inline: { scripts: string[] } = { scripts: [] }): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inline.scripts.map(sha256).join(' ')}`.trim(),
    // The offline file's stylesheet is put in place by its script (a <style> element), hence 'unsafe-inline'.
    inline.scripts.length > 0 ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const withPolicy = (html: string, content: string) =>
  html.replace(
    /<meta charset="UTF-8" \/>/,
    (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`,
  );

/** The site's policy, right after <meta charset> and before any script, so that it governs them all. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'fengong-csp',
    apply: 'build',
    transformIndexHtml: (html) => withPolicy(html, policy()),
  };
}

/** Inline the one script (which carries the stylesheet) into the page, as a classic script that file:// allows. */
function singleFile(): Plugin {
  return {
    name: 'fengong-single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset') return;
      let page = String(html.source);
      const scripts: string[] = [];
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'chunk' && file.isEntry) {
          // `</script` inside the code would end the element early.
          const code = file.code.replace(/<\/(script)/gi, '<\\/$1');
          scripts.push(code);
          page = page.replace(/\s*<script type="module" crossorigin src="[^"]*"><\/script>/, '');
          page = page.replace('</body>', () => `  <script>${code}</script>\n  </body>`);
          delete bundle[name];
        }
      }
      html.source = withPolicy(page, policy({ scripts }));
      html.fileName = 'fengong-offline.html';
    },
  };
}

/**
 * The CommonJS modules in the bundle (React, React DOM, the scheduler; some lazy libraries) are
 * wrapped by rolldown in arrow functions, `__commonJSMin(((exports) => {…}))`, each called once when
 * first needed (React DOM's at start). V8 compiles a function expression in parentheses with the
 * script, while it streams in, but an arrow function only when it is first called, on the main
 * thread, parsing its body a second time: React DOM's ~530 KB before the first render. Written as
 * `(function (exports) {…})`, with the same body (which uses no `this` or `arguments` of its own).
 */
function eagerCommonJs(): Plugin {
  const WRAPPER = /__commonJSMin\(\(\((exports(?:, module)?)\) => \{/g;
  return {
    name: 'fengong-eager-commonjs',
    apply: 'build',
    renderChunk(code) {
      if (!WRAPPER.test(code)) return null;
      WRAPPER.lastIndex = 0;
      return { code: code.replace(WRAPPER, '__commonJSMin((function ($1) {'), map: null };
    },
  };
}

/**
 * Every module the first screen loads, in one chunk with the entry. Left to itself, rolldown gives
 * each module that a lazy chunk shares with the first screen a chunk of its own: 13 scripts before
 * the first render, where a browser asks one server for 6 at a time.
 */
const FIRST_SCREEN = { name: 'index', tags: ['$initial' as const] };

export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  // The office's page that `fengong serve` serves beside the viewer: built on its own (`--mode admin`),
  // so that its words and modules never land in a chunk the viewer loads at start.
  const admin = mode === 'admin';
  // core's build id, as tsup sets it for the package: the analysis cache (src/lib/analysis-cache.ts)
  // never reuses an analysis made by another build of core, and the seed's is written under it.
  const build: string = coreBuildId(fileURLToPath(new URL('../../packages/core', import.meta.url)));
  return {
    base: './',
    define: { __FENGONG_BUILD__: JSON.stringify(build) },
    // The worker that opens plans (src/lib/open-worker.ts) loads the importers lazily, as the page does.
    worker: { format: 'es' as const },
    plugins: [
      react(),
      builtInSeed({ build }),
      eagerCommonJs(),
      offline ? singleFile() : contentSecurityPolicy(),
    ],
    resolve: {
      conditions: ['@fengong/source', ...defaultClientConditions],
      alias: coreInternals,
    },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      reportCompressedSize: false,
      ...(offline
        ? {
            emptyOutDir: false,
            modulePreload: false,
            assetsInlineLimit: Number.POSITIVE_INFINITY,
            rolldownOptions: {
              output: { format: 'iife' as const, codeSplitting: false },
              // Vite's dynamic-import wrapper mentions import.meta; with every import inlined it is unused.
              onLog(level, log, handler) {
                if (log.code !== 'EMPTY_IMPORT_META') handler(level, log);
              },
            },
          }
        : admin
          ? {
              emptyOutDir: false,
              rolldownOptions: { input: { admin: fileURLToPath(new URL('./admin.html', import.meta.url)) } },
            }
          : {
              // No modulepreload polyfill: its check ran before anything else at start, and a browser
              // without modulepreload still loads the chunks, only not ahead of need.
              modulePreload: { polyfill: false },
              rolldownOptions: { output: { codeSplitting: { groups: [FIRST_SCREEN] } } },
            }),
    },
  };
});
