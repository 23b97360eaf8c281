import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The Firefox e2e build (`npm run build:e2e`): the shipped build plus test-only signals (page/test-hooks.ts). */
const EXTENSION_PATH = resolve('.output/firefox-mv2-e2e');
/** The add-on id in the manifest (browser_specific_settings); WXT names its events after it. */
export const EXTENSION_ID = 'immuunwijzer@immuunwijzer.nl';
/** Fixed for the tests (Firefox picks a random one per profile), so extension pages have a known URL. */
export const EXTENSION_UUID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Debian's Firefox ESR by default; IMMUUNWIJZER_FIREFOX points at another Firefox. */
export function firefoxPath(): string {
  const path = process.env.IMMUUNWIJZER_FIREFOX ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`No Firefox at ${path}. Install it (apt-get install firefox-esr) or set IMMUUNWIJZER_FIREFOX.`);
  }
  return path;
}

/** Firefox, driven over WebDriver BiDi, with the built Firefox package installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<Browser> {
  if (!existsSync(resolve(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error('No Firefox build at .output/firefox-mv2-e2e: run `npm run build:e2e` first (npm test does).');
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // The network is closed here and the extension must not need it: keep Firefox's own traffic off too.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
    },
  });
  await browser.installExtension(EXTENSION_PATH);
  return browser;
}
