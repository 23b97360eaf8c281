import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { ProbeConfig } from './page-api';

export interface InPageScripts {
  /** Init script source for context.addInitScript; `config` is set before the probe runs. */
  probe(config: ProbeConfig): string;
  /** Init script for the popup: first paint and time to first result. */
  popupProbe: string;
  /** The tools bundle (core finder, mark registry, floor, mark.js runner, batch append) for addScriptTag. */
  tools: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    // Not minified: the page runs the same code the product does, readable in a profile.
    minify: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.text;
}

/**
 * The benchmark's in-page code as IIFEs, built with esbuild (not tsx, whose keepNames helpers
 * do not exist in the page). The product modules are bundled from source, as the extension is.
 */
export async function bundleInPageScripts(): Promise<InPageScripts> {
  const [probe, popupProbe, tools] = await Promise.all([
    bundle('./in-page-probe.ts'),
    bundle('./in-page-popup-probe.ts'),
    bundle('./in-page-tools.ts'),
  ]);
  return {
    probe: (config) => `window.__benchProbeConfig = ${JSON.stringify(config)};\n${probe}`,
    popupProbe,
    tools,
  };
}
