import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { loadContent } from './core/data/content';
import { contentGlossaryPlugin } from './scripts/build/content-glossary-plugin';
import { noInnerHtmlPlugin } from './scripts/build/no-inner-html-plugin';

/**
 * Extension pages may load only their own files and may connect nowhere: the extension makes no
 * network requests, and this policy makes the browser enforce that.
 */
const EXTENSION_PAGES_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** WXT's own `browser`: globalThis.browser in Firefox, chrome in Chromium (no polyfill). */
const NATIVE_BROWSER = fileURLToPath(new URL('./node_modules/wxt/dist/browser.mjs', import.meta.url));

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), contentGlossaryPlugin(), noInnerHtmlPlugin()],
    resolve: {
      // WXT's own context announces the content script to every page (see page/quiet-script-context.ts).
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./page/quiet-script-context.ts', import.meta.url)) }],
    },
  }),
  zip: {
    // Firefox's reviewers rebuild from these sources; generated files are left out.
    excludeSources: ['public/icon/**', 'tests/e2e/pages/react-app.bundle.js', 'bench/results.json', '.tools/**'],
  },
  hooks: {
    // Invalid content must never ship: fail the build with every problem, naming file, entry and field.
    'build:before': () => {
      loadContent();
    },
    // The content scripts run on every page: they use the browser's own API (`browser` in
    // Firefox, promise-based `chrome` in Chromium MV3) instead of webextension-polyfill, which
    // costs every page ~10 KB of script to parse and a Proxy set-up. Their message listeners answer
    // with sendResponse (utils/reply.ts), the one form both browsers take without it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script' || entrypoint.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias;
      const plain = { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER };
      config.resolve = { ...config.resolve, alias: Array.isArray(alias) ? [plain, ...alias] : [plain, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))] };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // `scripting` and host access: the background injects the engine only into frames whose text may
    // hold a term (entrypoints/engine.ts). The content scripts already run on every site, so the
    // browser's install warning is the same.
    permissions: manifestVersion === 3 ? ['storage', 'contextMenus', 'scripting'] : ['storage', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Immuunwijzer: zoek een woord of vraag' },
    commands: {
      'open-navigator': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: 'Loop met het toetsenbord langs de uitgelegde woorden op deze pagina',
      },
    },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'immuunwijzer@immuunwijzer.nl',
          // The CSS Custom Highlight API arrived in Firefox 140; data_collection_permissions in 142.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android has the Highlight API from 140 and data_collection_permissions from 142
        // (MDN browser-compat-data 8.1). The menu and the shortcut do not exist there; tap does.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
