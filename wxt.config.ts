import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { loadContent } from './core/data/content';
import { contentGlossaryPlugin } from './scripts/build/content-glossary-plugin';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), contentGlossaryPlugin()] }),
  hooks: {
    // Invalid content must never ship: fail the build with every problem, naming file, entry and field.
    'build:before': () => {
      loadContent();
    },
  },
  manifest: {
    name: 'Immuunwijzer',
    description: 'Legt medische woorden over immuuntherapie en kanker uit in gewoon Nederlands, op elke webpagina.',
    permissions: ['storage', 'contextMenus'],
    commands: {
      'open-navigator': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: 'Loop met het toetsenbord langs de uitgelegde woorden op deze pagina',
      },
    },
  },
});
