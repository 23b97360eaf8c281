import { browser } from 'wxt/browser';
import { isSettingsChange, readStoredSettings, type SettingsAreas } from './settings-storage/layout';
import { migrateLegacySettings } from './settings-storage/migration';
import { SettingsStore } from './settings-storage/store';
import type { Settings } from './settings-storage/values';

export { DEFAULT_SETTINGS, isActiveOn, withDefaults, type MarkStyle, type Settings } from './settings-storage/values';

/** The extension's storage, as the settings modules use it. */
export function browserSettingsAreas(): SettingsAreas {
  return {
    sync: browser.storage.sync,
    local: browser.storage.local,
    watch(listener) {
      const onChanged = (changes: Record<string, unknown>, areaName: string) => {
        if (isSettingsChange(Object.keys(changes), areaName)) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

/** The stored settings, each missing or malformed value replaced by its default. */
export function readSettings(areas: SettingsAreas = browserSettingsAreas()): Promise<Settings> {
  return readStoredSettings(areas);
}

/**
 * Calls back with the new settings whenever a stored setting changes (in any window); returns the
 * function that stops watching.
 */
export function watchSettings(callback: (settings: Settings) => void, areas: SettingsAreas = browserSettingsAreas()): () => void {
  let delivered: string | undefined;
  let latest = 0;
  return areas.watch(() => {
    const call = ++latest;
    readStoredSettings(areas).then(
      (settings) => {
        const key = JSON.stringify(settings);
        // Reads finish in the order they were made: a newer one is on its way.
        if (call !== latest || key === delivered) return;
        delivered = key;
        callback(settings);
      },
      () => undefined,
    );
  });
}

/** The popup's store: queued, merged and rate-limited writes that are read back. */
export function createSettingsStore(areas: SettingsAreas = browserSettingsAreas()): SettingsStore {
  return new SettingsStore(areas);
}

/** Moves the version 1 single `sync:settings` item to one item per setting; run at every background start. */
export function migrateSettings(areas: SettingsAreas = browserSettingsAreas()): Promise<void> {
  return migrateLegacySettings(areas);
}
