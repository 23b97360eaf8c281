import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What runs in web pages: the declared content scripts and the engine the background injects. */
function pageScripts(folder: string): string {
  const dir = `.output/${folder}/content-scripts`;
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  expect(scripts.length, folder).toBeGreaterThan(0);
  return [...scripts.map((name) => join(dir, name)), `.output/${folder}/engine.js`].map((path) => readFileSync(path, 'utf8')).join('\n');
}
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const pkg = readJson('package.json') as { version: string };
const builds = {
  chrome: readJson('.output/chrome-mv3/manifest.json'),
  firefox: readJson('.output/firefox-mv2/manifest.json'),
};

test.describe('the built manifests', () => {
  for (const [browser, manifest] of Object.entries(builds)) {
    test(`${browser}: Dutch name, package version, icons, least permissions, no page-reachable files`, () => {
      expect(manifest.name).toBe('__MSG_extName__');
      expect(manifest.default_locale).toBe('nl');
      expect(manifest.version).toBe(pkg.version);
      expect(Object.keys(manifest.icons as object)).toEqual(['16', '32', '48', '96', '128']);
      // Host access and (MV3) `scripting` let the background inject the engine where a page may
      // hold a term; the content scripts run on every site already, so the warning is the same.
      if (browser === 'chrome') {
        expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting']);
        expect(manifest.host_permissions).toEqual(['<all_urls>']);
      } else {
        expect(manifest.permissions).toEqual(['storage', 'contextMenus', '<all_urls>']);
        expect(manifest).not.toHaveProperty('host_permissions');
      }
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      expect(manifest).not.toHaveProperty('optional_permissions');
      const csp = JSON.stringify(manifest.content_security_policy);
      expect(csp).toContain("connect-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe');
    });
  }

  test('the Dutch locale names the extension', () => {
    for (const folder of ['chrome-mv3', 'firefox-mv2']) {
      const messages = readJson(`.output/${folder}/_locales/nl/messages.json`) as Record<string, { message: string }>;
      expect(messages.extName?.message).toBe('Immuunwijzer');
      expect(messages.extDescription?.message).toMatch(/gewoon Nederlands/);
    }
  });

  test('Firefox: a fixed add-on id, a minimum version with the Highlight API, no data collection, Android declared', () => {
    expect(builds.firefox.manifest_version).toBe(2);
    expect(builds.firefox.browser_specific_settings).toEqual({
      gecko: { id: 'immuunwijzer@immuunwijzer.nl', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
      // MDN browser-compat-data: Highlight in Firefox for Android 140, data_collection_permissions 142.
      gecko_android: { strict_min_version: '142.0' },
    });
  });
  test('the shipped builds hold none of the e2e build\'s test hooks, and their UI root is closed', () => {
    // The browser tests run the e2e build (page/test-hooks.ts); these strings exist only there.
    for (const folder of ['chrome-mv3', 'firefox-mv2']) {
      const code = pageScripts(folder);
      for (const hook of ['immuunwijzer-test', 'data-test-open-ui']) expect(code.includes(hook), `${folder}: ${hook}`).toBe(false);
      expect(/mode:\s*[`"']open/.test(code), `${folder}: an open shadow root`).toBe(false);
      expect(/mode:\s*[`"']closed/.test(code), `${folder}: the closed UI root`).toBe(true);
    }
    const e2e = pageScripts('chrome-mv3-e2e');
    expect(e2e.includes('immuunwijzer-test'), 'the check above looks for strings the e2e build does have').toBe(true);
  });

  test('the page scripts carry no tooltip text and no webextension-polyfill, and what every page loads is small (issue #15)', () => {
    const glossary = JSON.parse(readFileSync('data/glossary.json', 'utf8')) as { short: string }[];
    const background = readFileSync('.output/chrome-mv3/background.js', 'utf8');
    for (const folder of ['chrome-mv3', 'firefox-mv2']) {
      const code = pageScripts(folder);
      const shipped = glossary.filter((entry) => code.includes(JSON.stringify(entry.short).slice(1, -1)));
      expect(shipped.map((entry) => entry.short), folder).toEqual([]);
      // A string only webextension-polyfill has; the background still ships it, so the check can see it.
      expect(code.includes('api-metadata.json'), `${folder}: webextension-polyfill`).toBe(false);
    }
    expect(background.includes('api-metadata.json')).toBe(true);
    expect(glossary.every((entry) => background.includes(JSON.stringify(entry.short).slice(1, -1))), 'the background has every tooltip text').toBe(true);
    // Every page and frame loads the declared content scripts; the engine only where a term may be.
    const gzipped = (path: string) => gzipSync(readFileSync(`.output/chrome-mv3/${path}`)).length;
    expect(gzipped('content-scripts/content.js') + gzipped('content-scripts/input.js')).toBeLessThanOrEqual(8_000);
    expect(gzipped('engine.js')).toBeLessThanOrEqual(48_000);
  });
});
