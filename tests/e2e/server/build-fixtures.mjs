// Bundles the React fixture (pages/react-app.jsx → pages/react-app.bundle.js) with esbuild.
// Plain .mjs so it runs under plain Node, tsx and Playwright's globalSetup alike.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));

/** Fails with a message a person can act on when React is not installed yet. */
function assertReactInstalled() {
  const require = createRequire(new URL('../pages/react-app.jsx', import.meta.url));
  for (const name of ['react', 'react-dom/client']) {
    try {
      require.resolve(name);
    } catch {
      throw new Error(`buildFixtures: cannot resolve "${name}". Install it: npm install --save-dev --save-exact react@19 react-dom@19`);
    }
  }
}

/** Builds every fixture that needs a build step. Returns the files written. */
export async function buildFixtures() {
  assertReactInstalled();
  const outfile = `${pagesDir}react-app.bundle.js`;
  await build({
    entryPoints: [`${pagesDir}react-app.jsx`],
    outfile,
    bundle: true,
    format: 'iife',
    minify: false,
    platform: 'browser',
    target: 'es2022',
    // The project tsconfig sets jsxImportSource "preact" and would win over these options:
    // ignore it, since this fixture is real React (react-app.jsx also says so in a pragma).
    tsconfigRaw: {},
    jsx: 'automatic',
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return [outfile];
}
