import { LEGACY_KEY, LEGACY_META_KEY, SITES_KEY, SYNC_KEYS, type SettingsAreas } from './layout';
import { isRecord, parseSetting, SETTING_NAMES } from './values';

/**
 * Moves the version 1 item (`sync:settings`, everything in one object) into one item per setting.
 * A setting that already has a valid item of its own keeps it (it is newer). Keys this version does not know
 * stay in the old item untouched, so a newer version's data survives; the item goes only when
 * nothing is left in it. Safe to run again at any point: until it completes, reads fall back to the
 * old item (settings-layout.ts), so a failure part-way loses nothing.
 */
export async function migrateLegacySettings(areas: SettingsAreas): Promise<void> {
  const [sync, local] = await Promise.all([areas.sync.get([LEGACY_KEY, ...SYNC_KEYS]), areas.local.get([SITES_KEY])]);
  const legacy = sync[LEGACY_KEY];
  // Not an object: nothing this version can read or would lose by leaving it; reads ignore it.
  if (!isRecord(legacy)) return;

  const sites = parseSetting('disabledSites', legacy.disabledSites);
  if (parseSetting('disabledSites', local[SITES_KEY]) === undefined && sites !== undefined) await areas.local.set({ [SITES_KEY]: sites });

  const moved: Record<string, unknown> = {};
  for (const key of SYNC_KEYS) {
    const value = parseSetting(key, legacy[key]);
    // A malformed new value counts as missing: the old item's valid one replaces it.
    if (parseSetting(key, sync[key]) === undefined && value !== undefined) moved[key] = value;
  }
  const unknown = Object.fromEntries(Object.entries(legacy).filter(([key]) => !(SETTING_NAMES as string[]).includes(key)));
  if (Object.keys(unknown).length > 0) {
    await areas.sync.set({ ...moved, [LEGACY_KEY]: unknown });
    return;
  }
  if (Object.keys(moved).length > 0) await areas.sync.set(moved);
  await areas.sync.remove([LEGACY_KEY, LEGACY_META_KEY]);
}
