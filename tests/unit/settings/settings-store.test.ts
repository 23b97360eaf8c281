import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStoredSettings } from '../../../utils/settings-storage/layout';
import { SAVE_FAILED_MESSAGE, SettingsStore } from '../../../utils/settings-storage/store';
import { CHROME_SYNC_LIMITS, fakeAreas, type FakeAreas } from './fake-storage';

/** 300 host names of realistic length (a hospital's subdomain is often longer). */
const SITES = Array.from({ length: 300 }, (_, index) => `afdeling-${index}.voorbeeld-ziekenhuis.nl`);

let areas: FakeAreas;
let store: SettingsStore;

async function settle(): Promise<void> {
  const done = store.idle();
  await vi.runAllTimersAsync();
  await done;
}

/** What the controls show must be what storage holds, read independently of the store. */
async function expectShownIsStored(): Promise<void> {
  expect(store.snapshot().settings).toEqual(await readStoredSettings(areas));
}

beforeEach(async () => {
  vi.useFakeTimers();
  areas = fakeAreas();
  store = new SettingsStore(areas);
  await store.load();
});

afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});

describe('the fake storage enforces Chrome limits (so the tests below mean something)', () => {
  it('rejects the version 1 single item holding 300 sites', async () => {
    const old = { enabled: true, disabledSites: SITES, firstOnly: false, markStyle: 'underline' };
    await expect(areas.sync.set({ settings: old })).rejects.toThrow('QUOTA_BYTES_PER_ITEM');
  });

  it('rejects the 121st write within a minute', async () => {
    for (let index = 0; index < CHROME_SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE; index++) {
      await areas.sync.set({ enabled: index % 2 === 0 });
      vi.advanceTimersByTime(100);
    }
    await expect(areas.sync.set({ enabled: true })).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_MINUTE');
  });
});

describe('SettingsStore', () => {
  it('stores a full site list of 300 sites, and the last one shows as off because it is', async () => {
    for (const site of SITES) {
      store.setSiteOff(site, true);
      await settle();
    }
    expect(areas.local.value('disabledSites')).toEqual(SITES);
    expect(store.snapshot().settings?.disabledSites.includes(SITES[299]!)).toBe(true);
    expect(store.snapshot().error).toBeUndefined();
    await expectShownIsStored();
  });

  it('130 quick toggles stay under the sync write limit and end stored as shown', async () => {
    for (let index = 0; index < 130; index++) {
      store.set('firstOnly', index % 2 === 0);
      await vi.advanceTimersByTimeAsync(200);
    }
    await settle();
    expect(areas.sync.rejected).toEqual([]);
    expect(areas.sync.peakWritesPerMinute()).toBeLessThanOrEqual(CHROME_SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE);
    // The 130th toggle (index 129) set false.
    expect(areas.sync.value('firstOnly')).toBe(false);
    expect(store.snapshot().error).toBeUndefined();
    await expectShownIsStored();
  });

  it('130 toggles at one a second (each written on its own) stay under the limit too', async () => {
    for (let index = 0; index < 130; index++) {
      store.set('enabled', index % 2 === 1);
      await vi.advanceTimersByTimeAsync(1000);
      await expectShownIsStored();
    }
    expect(areas.sync.rejected).toEqual([]);
    expect(areas.sync.value('enabled')).toBe(true);
  });

  it('keeps both of two changes made in one task', async () => {
    store.set('enabled', false);
    store.setSiteOff('kanker.nl', true);
    store.set('markStyle', 'background');
    store.set('firstOnly', true);
    store.set('markOnHover', true);
    store.setSiteOff('forum.nl', true);
    await settle();
    expect(await readStoredSettings(areas)).toEqual({
      enabled: false,
      disabledSites: ['kanker.nl', 'forum.nl'],
      firstOnly: true,
      markStyle: 'background',
      markOnHover: true,
    });
    expect(areas.sync.value('markOnHover')).toBe(true);
    await expectShownIsStored();
  });

  it('a change made while a write is under way is written after it, not lost', async () => {
    store.set('enabled', false);
    await vi.advanceTimersByTimeAsync(0);
    store.set('firstOnly', true);
    await settle();
    expect(areas.sync.value('enabled')).toBe(false);
    expect(areas.sync.value('firstOnly')).toBe(true);
  });

  it('a failed sync write shows the message and the control returns to the stored value', async () => {
    areas.sync.fail = true;
    store.set('enabled', false);
    expect(store.snapshot().settings?.enabled).toBe(false);
    await settle();
    expect(store.snapshot().error).toBe(SAVE_FAILED_MESSAGE);
    expect(store.snapshot().settings?.enabled).toBe(true);
    expect(areas.sync.value('enabled')).toBeUndefined();
    await expectShownIsStored();

    areas.sync.fail = false;
    store.set('enabled', false);
    expect(store.snapshot().error).toBeUndefined();
    await settle();
    expect(areas.sync.value('enabled')).toBe(false);
    await expectShownIsStored();
  });

  it('a failed site-list write reverts only that change', async () => {
    areas.local.fail = true;
    store.setSiteOff('kanker.nl', true);
    store.set('markStyle', 'background');
    await settle();
    expect(store.snapshot().error).toBe(SAVE_FAILED_MESSAGE);
    expect(store.snapshot().settings?.disabledSites).toEqual([]);
    expect(store.snapshot().settings?.markStyle).toBe('background');
    await expectShownIsStored();
  });

  it('one failure in a burst: the rest is stored, the failed one is not shown', async () => {
    let calls = 0;
    areas.sync.fail = () => ++calls === 2;
    for (let index = 0; index < 5; index++) {
      store.set('enabled', index % 2 === 1);
      await vi.advanceTimersByTimeAsync(700);
    }
    await settle();
    expect(areas.sync.rejected).toHaveLength(1);
    expect(areas.sync.value('enabled')).toBe(false);
    await expectShownIsStored();
  });

  it('the quota errors of a full sync area are shown, and nothing unstored is shown', async () => {
    // Another extension part (or a future version) filled sync to its total quota.
    for (let index = 0; index < 12; index++) await areas.sync.set({ [`filler${index}`]: 'x'.repeat(8_100) });
    const used = [...areas.sync.data].reduce((sum, [key, json]) => sum + key.length + json.length, 0);
    await areas.sync.set({ last: 'x'.repeat(CHROME_SYNC_LIMITS.QUOTA_BYTES - used - 'last'.length - 2 - 10) });
    vi.advanceTimersByTime(60_000);
    store.set('markStyle', 'background');
    await settle();
    expect(areas.sync.rejected.at(-1)).toContain('QUOTA_BYTES');
    expect(store.snapshot().error).toBe(SAVE_FAILED_MESSAGE);
    expect(store.snapshot().settings?.markStyle).toBe('underline');
    await expectShownIsStored();
  });

  it('follows changes made in another window', async () => {
    await areas.sync.set({ firstOnly: true });
    await vi.runAllTimersAsync();
    await store.idle();
    await vi.waitFor(() => expect(store.snapshot().settings?.firstOnly).toBe(true));
  });

  it('a site switched off in another window is kept when this one switches another off', async () => {
    store.setSiteOff('a.nl', true);
    await settle();
    await areas.local.set({ disabledSites: ['a.nl', 'b.nl'] });
    store.setSiteOff('c.nl', true);
    await settle();
    expect(areas.local.value('disabledSites')).toEqual(['a.nl', 'b.nl', 'c.nl']);
  });

  it('flushNow writes a change waiting for its sync slot at once', async () => {
    store.set('enabled', false);
    await vi.advanceTimersByTimeAsync(0);
    store.set('enabled', true);
    await vi.advanceTimersByTimeAsync(0);
    expect(areas.sync.value('enabled')).toBe(false);
    store.flushNow();
    await store.idle();
    expect(areas.sync.value('enabled')).toBe(true);
  });
});
