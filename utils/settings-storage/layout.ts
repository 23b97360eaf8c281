import { firstValid, isRecord, type Settings } from './values';

/**
 * Where each setting lives. One storage.sync item per setting, so no item nears sync's 8 KB limit
 * and a write touches only what changed; the site list in storage.local, which has no per-item
 * limit (241 sites filled the old single sync item, issue 11).
 */
export const SYNC_KEYS = ['enabled', 'firstOnly', 'markStyle', 'markOnHover'] as const;
export type SyncSetting = (typeof SYNC_KEYS)[number];
export const SITES_KEY = 'disabledSites';
/** Version 1 kept every setting in this one sync item. Read as a fallback until it is migrated. */
export const LEGACY_KEY = 'settings';
/** WXT's version metadata beside an item defined with storage.defineItem. */
export const LEGACY_META_KEY = 'settings$';

/** The part of a browser.storage area the settings use. */
export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface SettingsAreas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  /** Calls back after any change to a settings key, from any part of the extension. */
  watch(listener: () => void): () => void;
}

export function isSettingsChange(changedKeys: readonly string[], areaName: string): boolean {
  if (areaName === 'sync') return changedKeys.some((key) => key === LEGACY_KEY || (SYNC_KEYS as readonly string[]).includes(key));
  if (areaName === 'local') return changedKeys.includes(SITES_KEY);
  return false;
}

/** The settings as stored: each setting from its own item, else from the version 1 item, else its default. */
export function settingsFromAreas(sync: Record<string, unknown>, local: Record<string, unknown>): Settings {
  const legacyValue = sync[LEGACY_KEY];
  const legacy = isRecord(legacyValue) ? legacyValue : {};
  return {
    enabled: firstValid('enabled', sync.enabled, legacy.enabled),
    disabledSites: firstValid('disabledSites', local[SITES_KEY], legacy.disabledSites),
    firstOnly: firstValid('firstOnly', sync.firstOnly, legacy.firstOnly),
    markStyle: firstValid('markStyle', sync.markStyle, legacy.markStyle),
    markOnHover: firstValid('markOnHover', sync.markOnHover, legacy.markOnHover),
  };
}

export async function readStoredSettings(areas: SettingsAreas): Promise<Settings> {
  const [sync, local] = await Promise.all([areas.sync.get([...SYNC_KEYS, LEGACY_KEY]), areas.local.get([SITES_KEY])]);
  return settingsFromAreas(sync, local);
}
