import { storage } from 'wxt/utils/storage';

export type MarkStyle = 'underline' | 'background';

export interface Settings {
  enabled: boolean;
  /** Host names (example.org) where the patient switched marking off. */
  disabledSites: string[];
  /** Mark only the first occurrence of each term on a page. */
  firstOnly: boolean;
  markStyle: MarkStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  firstOnly: false,
  markStyle: 'underline',
};

/** Shared by the popup and every tab's content script; a change reaches open tabs through watch(). */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings read from storage, with anything missing or malformed replaced by its default. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  const settings = { ...DEFAULT_SETTINGS, ...(value ?? {}) };
  return {
    enabled: typeof settings.enabled === 'boolean' ? settings.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(settings.disabledSites)
      ? settings.disabledSites.filter((site): site is string => typeof site === 'string')
      : [],
    firstOnly: typeof settings.firstOnly === 'boolean' ? settings.firstOnly : DEFAULT_SETTINGS.firstOnly,
    markStyle: settings.markStyle === 'background' ? 'background' : 'underline',
  };
}

export async function readSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
