import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../scripts/lib/visible-text';

const run = promisify(execFile);
const root = resolve(__dirname, '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

async function cli(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, [resolve(root, 'scripts', script), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'immuunwijzer-cli-'));

describe('npm run find', () => {
  it('prints every term of a text file with its offsets', async () => {
    const file = join(dir, 'artikel.txt');
    const text = 'Sinds mei krijg ik Keytruda. Mijn PD-L1 was hoog.';
    writeFileSync(file, text);
    const { code, stdout } = await cli('find.ts', file);
    expect(code).toBe(0);
    const found = JSON.parse(stdout) as { id: string; text: string; start: number; end: number }[];
    expect(found.map((item) => item.id)).toEqual(['pembrolizumab', 'pd-l1']);
    for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it('reads only the visible text of an HTML file', async () => {
    const file = join(dir, 'pagina.html');
    writeFileSync(file, '<html><head><title>nivolumab</title><style>.x{}</style></head><body><p>Na <b>nivo</b>lumab &amp; T-cellen</p><script>var x = "Opdivo";</script></body></html>');
    const { code, stdout } = await cli('find.ts', file);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { text: string }[]).map((item) => item.text)).toEqual(['nivolumab', 'T-cellen']);
  }, 20_000);

  it('counts everyday words only in their own paragraph of a text file', async () => {
    const file = join(dir, 'nieuws.txt');
    const text = 'Na de tweede kuur nivolumab was de tumor kleiner.\n\nAnder nieuws: een nieuwe mutatie van het coronavirus.\n   \nBoek een detox kuur.\nOf mail tumor@example.org.';
    writeFileSync(file, text);
    const { code, stdout } = await cli('find.ts', file);
    expect(code).toBe(0);
    const found = JSON.parse(stdout) as { id: string; text: string; start: number }[];
    expect(found.map((item) => [item.id, item.start])).toEqual([
      ['kuur', text.indexOf('kuur')],
      ['nivolumab', text.indexOf('nivolumab')],
      ['tumor', text.indexOf('tumor')],
    ]);
  });

  it('marks a news article, but not the everyday words of its sidebar, footer or printed addresses', async () => {
    const page = resolve(root, 'tests/e2e/pages/news-sidebar.html');
    const { code, stdout } = await cli('find.ts', page);
    expect(code).toBe(0);
    const found = JSON.parse(stdout) as { id: string; text: string; start: number; end: number }[];
    const text = visibleText(readFileSync(page, 'utf8'));
    for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.text);
    const sidebarStart = text.indexOf('Meest gelezen');
    expect(sidebarStart).toBeGreaterThan(0);
    const inArticle = found.filter((item) => item.start < sidebarStart).map((item) => item.text);
    expect(inArticle).toEqual([
      'kuren',
      'niet-kleincellige longkanker',
      'immuuntherapie',
      'nivolumab',
      'infuus',
      'kuren',
      'tumor',
      'patholoog',
      'tumor',
      'mutaties',
      'immuuntherapie',
      'kuren',
      'Huiduitslag',
      'diarree',
    ]);
    // "Operatie tegen drugsbende": operatie is an everyday word, so the sidebar's headline stays unmarked.
    const inSidebarAndFooter = found.filter((item) => item.start >= sidebarStart).map((item) => item.text);
    expect(inSidebarAndFooter).toEqual([]);
  }, 20_000);

  it('fails with a clear message on a missing file', async () => {
    const { code, stderr, stdout } = await cli('find.ts', join(dir, 'bestaat-niet.txt'));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/bestaat-niet\.txt.*bestaat niet/);
    expect(stdout).toBe('');
  });

  it('fails with a clear message on a folder', async () => {
    const { code, stderr } = await cli('find.ts', dir);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/map, geen bestand/);
  });
});

describe('npm run search', () => {
  it('prints results best first as JSON', async () => {
    const { code, stdout } = await cli('search.ts', 'keytruda');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { type: string; id: string; title: string; match: string }[];
    expect(results[0]).toEqual({ type: 'term', id: 'pembrolizumab', title: 'pembrolizumab', match: 'alias' });
  });

  it('marks a look-alike medicine as a suggestion, never as an answer (repotrectinib: no source page yet)', async () => {
    const { code, stdout } = await cli('search.ts', 'repotrectinib');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { id: string; match: string; suggestion?: boolean }[];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result).toMatchObject({ match: 'fuzzy', suggestion: true });
  });

  it('fails with a usage message without a query', async () => {
    const { code, stderr } = await cli('search.ts');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/Gebruik/);
  });
});
