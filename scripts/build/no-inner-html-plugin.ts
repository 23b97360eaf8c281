import type { Plugin } from 'vite';

/** Preact's one write to innerHTML, used only by dangerouslySetInnerHTML. */
const INNER_HTML_WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/;

/**
 * Text from pages and from our data is never HTML (STYLE.md). This takes Preact's
 * dangerouslySetInnerHTML path out of the bundles, so it cannot be used by mistake and Mozilla's
 * linter has no innerHTML assignment to warn about. Fails the build if Preact's code changes shape.
 */
export function noInnerHtmlPlugin(): Plugin {
  return {
    name: 'immuunwijzer-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return undefined;
      if (!INNER_HTML_WRITE.test(code)) {
        throw new Error(`${id}: Preact's innerHTML write was not found; update scripts/build/no-inner-html-plugin.ts`);
      }
      return { code: code.replace(INNER_HTML_WRITE, '(()=>{throw new Error("dangerouslySetInnerHTML is not allowed")})()'), map: null };
    },
  };
}
