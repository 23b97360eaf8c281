import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettings, readSettings, watchSettings, type Settings } from '../../../utils/settings';

const V1_SETTINGS = {
  enabled: false,
  disabledSites: ['kanker.nl', 'forum.example'],
  firstOnly: true,
  markStyle: 'background',
  // A key a newer version added; this version must not lose it.
  speakTerms: { voice: 'nl-NL', rate: 0.9 },
};

beforeEach(() => fakeBrowser.reset());

describe('migration from the version 1 single sync item', () => {
  it('keeps every value and the unknown key', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_SETTINGS });
    await migrateSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      enabled: false,
      firstOnly: true,
      markStyle: 'background',
      settings: { speakTerms: { voice: 'nl-NL', rate: 0.9 } },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ disabledSites: ['kanker.nl', 'forum.example'] });
    expect(await readSettings()).toEqual({
      enabled: false,
      disabledSites: ['kanker.nl', 'forum.example'],
      firstOnly: true,
      markStyle: 'background',
      markOnHover: false,
    });
  });

  it('reads the old item before the migration has run', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_SETTINGS });
    expect((await readSettings()).disabledSites).toEqual(['kanker.nl', 'forum.example']);
    expect((await readSettings()).enabled).toBe(false);
  });

  it('removes the old item (and WXT metadata) when nothing unknown is left, and runs twice harmlessly', async () => {
    const { speakTerms: _unknown, ...known } = V1_SETTINGS;
    await fakeBrowser.storage.sync.set({ settings: known, settings$: { v: 1 } });
    await migrateSettings();
    await migrateSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ enabled: false, firstOnly: true, markStyle: 'background' });
    expect((await readSettings()).disabledSites).toEqual(['kanker.nl', 'forum.example']);
  });

  it('a value the popup already wrote in the new layout wins over the old item', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_SETTINGS, enabled: true });
    await fakeBrowser.storage.local.set({ disabledSites: ['nieuw.nl'] });
    await migrateSettings();
    expect(await readSettings()).toMatchObject({ enabled: true, disabledSites: ['nieuw.nl'], firstOnly: true });
  });

  it('moves "mark on hover" to its own item, beside a newer version\'s unknown key', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...V1_SETTINGS, markOnHover: true } });
    await migrateSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      enabled: false,
      firstOnly: true,
      markStyle: 'background',
      markOnHover: true,
      settings: { speakTerms: { voice: 'nl-NL', rate: 0.9 } },
    });
    expect((await readSettings()).markOnHover).toBe(true);
  });

  it('"mark on hover" is off by default and read from its own sync item', async () => {
    expect((await readSettings()).markOnHover).toBe(false);
    await fakeBrowser.storage.sync.set({ markOnHover: true });
    expect((await readSettings()).markOnHover).toBe(true);
    await fakeBrowser.storage.sync.set({ markOnHover: 'yes' });
    expect((await readSettings()).markOnHover).toBe(false);
  });

  it('without an old item it writes nothing', async () => {
    await migrateSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('corrupt stored values are ignored safely', () => {
  const DEFAULTS: Settings = { enabled: true, disabledSites: [], firstOnly: false, markStyle: 'underline', markOnHover: false };
  const cases: [string, Record<string, unknown>, Record<string, unknown>, Settings][] = [
    ['wrong types', { enabled: 'yes', firstOnly: 1, markStyle: 'neon', markOnHover: 'ja' }, { disabledSites: 'kanker.nl' }, DEFAULTS],
    ['null values', { enabled: null, firstOnly: null, markStyle: null, markOnHover: null }, { disabledSites: null }, DEFAULTS],
    ['a list with junk', {}, { disabledSites: [1, null, '', 'a.nl', 'a.nl', { host: 'b.nl' }, 'x'.repeat(300)] }, { ...DEFAULTS, disabledSites: ['a.nl'] }],
    ['an old item that is a string', { settings: 'garbage' }, {}, DEFAULTS],
    ['an old item that is a list', { settings: [true, 'background'] }, {}, DEFAULTS],
    ['a corrupt new value falls back to the old item', { enabled: 'no', settings: { enabled: false } }, {}, { ...DEFAULTS, enabled: false }],
  ];
  it.each(cases)('%s', async (_name, sync, local, expected) => {
    await fakeBrowser.storage.sync.set(sync);
    await fakeBrowser.storage.local.set(local);
    expect(await readSettings()).toEqual(expected);
    await expect(migrateSettings()).resolves.toBeUndefined();
    expect(await readSettings()).toEqual(expected);
  });

  it('an old item that is not an object is left alone, not deleted', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    await migrateSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: 'garbage' });
  });
});

describe('watchSettings', () => {
  it('calls back with the new settings after a change in either area, not after unrelated keys', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await fakeBrowser.storage.local.set({ somethingElse: true });
    await fakeBrowser.storage.sync.set({ markStyle: 'background' });
    await expect.poll(() => seen.at(-1)?.markStyle).toBe('background');
    await fakeBrowser.storage.local.set({ disabledSites: ['kanker.nl'] });
    await expect.poll(() => seen.at(-1)?.disabledSites).toEqual(['kanker.nl']);
    await fakeBrowser.storage.sync.set({ markOnHover: true });
    await expect.poll(() => seen.at(-1)?.markOnHover).toBe(true);
    expect(seen).toHaveLength(3);
    unwatch();
    await fakeBrowser.storage.sync.set({ enabled: false });
    await readSettings();
    expect(seen).toHaveLength(3);
  });
});
