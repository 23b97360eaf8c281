import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleFile, BundleResults } from './results';

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(directory, entry.name)) : Promise.resolve([join(directory, entry.name)]))),
  );
  return nested.flat();
}

/** Section 5: every file of the built extension, raw and gzip -9, largest first. */
export async function measureBundle(outputDirectory: string): Promise<BundleResults> {
  const files: BundleFile[] = [];
  for (const path of await filesUnder(outputDirectory)) {
    const bytes = await readFile(path);
    files.push({
      file: relative(outputDirectory, path).split(sep).join('/'),
      bytes: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    });
  }
  files.sort((a, b) => b.bytes - a.bytes);
  const gzipOf = (name: string) => files.find((file) => file.file === name)?.gzip ?? Number.NaN;
  return {
    files,
    totalBytes: files.reduce((total, file) => total + file.bytes, 0),
    totalGzip: files.reduce((total, file) => total + file.gzip, 0),
    contentScriptGzip: gzipOf('content-scripts/content.js'),
    contentCssGzip: gzipOf('content-scripts/content.css'),
  };
}
