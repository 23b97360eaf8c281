import { readStoredSettings, SITES_KEY, type SettingsAreas, type SyncSetting } from './layout';
import type { Settings } from './values';

/**
 * Chrome allows 120 storage.sync writes a minute (MAX_WRITE_OPERATIONS_PER_MINUTE; 130 quick
 * toggles hit it, issue 11). One write per 600 ms keeps a burst at 100; the changes made meanwhile
 * are merged into that one write.
 */
export const SYNC_WRITE_SPACING_MS = 600;

export const SAVE_FAILED_MESSAGE = 'Je keuze is niet bewaard. De instelling staat weer zoals hij bewaard is. Probeer het later nog eens.';
export const LOAD_FAILED_MESSAGE = 'Je instellingen konden niet worden gelezen. Sluit dit venster en probeer het opnieuw.';

export interface SettingsSnapshot {
  /** What the controls show: the stored settings plus the changes still being written; undefined until read. */
  settings: Settings | undefined;
  /** A message for the user after a failed read or write, until the next change. */
  error: string | undefined;
}

interface Changes {
  sync: Partial<Pick<Settings, SyncSetting>>;
  /** Site → switched off; applied to the stored list when written, so two windows do not overwrite each other. */
  sites: Map<string, boolean>;
}

const noChanges = (): Changes => ({ sync: {}, sites: new Map() });
const hasChanges = (changes: Changes) => Object.keys(changes.sync).length > 0 || changes.sites.size > 0;

function applySites(list: readonly string[], sites: ReadonlyMap<string, boolean>): string[] {
  let result = [...list];
  for (const [site, off] of sites) {
    result = result.filter((candidate) => candidate !== site);
    if (off) result.push(site);
  }
  return result;
}

function overlay(stored: Settings, ...layers: Changes[]): Settings {
  return layers.reduce<Settings>(
    (settings, layer) => ({ ...settings, ...layer.sync, disabledSites: applySites(settings.disabledSites, layer.sites) }),
    stored,
  );
}

/**
 * The popup's view of the settings. Every change is a patch of one setting, queued and merged, so
 * a second click never undoes the first; writes to sync are spaced to stay under its write limit;
 * after every write the store reads storage back, so what it shows is what is stored, and a failed
 * write shows a message while the control returns to the stored value.
 */
export class SettingsStore {
  private stored: Settings | undefined;
  private writing = noChanges();
  private pending = noChanges();
  private error: string | undefined;
  private current: SettingsSnapshot = { settings: undefined, error: undefined };
  private readonly listeners = new Set<() => void>();
  private writer: Promise<void> | undefined;
  private lastSyncWrite = -Infinity;
  private wake: (() => void) | undefined;
  private urgent = false;
  private reads: Promise<void> = Promise.resolve();
  private queuedRead: Promise<void> | undefined;
  private unwatch: (() => void) | undefined;

  constructor(private readonly areas: SettingsAreas) {}

  /** Reads the stored settings and follows later changes from other windows. */
  load(): Promise<void> {
    this.unwatch ??= this.areas.watch(() => void this.refresh());
    return this.refresh();
  }

  dispose(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  snapshot(): SettingsSnapshot {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set<K extends SyncSetting>(key: K, value: Settings[K]): void {
    this.pending.sync[key] = value;
    this.changed();
  }

  setSiteOff(site: string, off: boolean): void {
    this.pending.sites.set(site, off);
    this.changed();
  }

  /** Writes what is left without waiting for the next sync slot: the popup is closing. */
  flushNow(): void {
    this.urgent = true;
    this.wake?.();
  }

  /** Resolves once every change made so far is written (or has failed) and read back. */
  async idle(): Promise<void> {
    while (this.writer) await this.writer;
  }

  private changed(): void {
    this.error = undefined;
    this.publish();
    this.startWriter();
  }

  private startWriter(): void {
    if (this.writer) return;
    this.writer = this.writeAll().finally(() => {
      this.writer = undefined;
      if (hasChanges(this.pending)) this.startWriter();
    });
  }

  private async writeAll(): Promise<void> {
    // Changes made in the same task join the first write.
    await Promise.resolve();
    while (hasChanges(this.pending)) {
      if (Object.keys(this.pending.sync).length > 0) await this.syncSlot();
      const batch = this.pending;
      this.pending = noChanges();
      this.writing = batch;
      const saved = await this.write(batch);
      await this.refresh();
      this.writing = noChanges();
      if (!saved) this.error = SAVE_FAILED_MESSAGE;
      this.publish();
    }
  }

  private async write(batch: Changes): Promise<boolean> {
    let saved = true;
    if (batch.sites.size > 0) {
      try {
        const { disabledSites } = await readStoredSettings(this.areas);
        await this.areas.local.set({ [SITES_KEY]: applySites(disabledSites, batch.sites) });
      } catch {
        saved = false;
      }
    }
    if (Object.keys(batch.sync).length > 0) {
      this.lastSyncWrite = Date.now();
      try {
        await this.areas.sync.set({ ...batch.sync });
      } catch {
        saved = false;
      }
    }
    return saved;
  }

  private syncSlot(): Promise<void> {
    const wait = this.lastSyncWrite + SYNC_WRITE_SPACING_MS - Date.now();
    if (wait <= 0 || this.urgent) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, wait);
      this.wake = done;
    });
  }

  /** A read that starts after this call; a read queued but not yet started already qualifies. */
  private refresh(): Promise<void> {
    if (this.queuedRead) return this.queuedRead;
    const read = this.reads.then(() => {
      this.queuedRead = undefined;
      return this.readOnce();
    });
    this.queuedRead = read;
    this.reads = read;
    return read;
  }

  private async readOnce(): Promise<void> {
    try {
      this.stored = await readStoredSettings(this.areas);
      if (this.error === LOAD_FAILED_MESSAGE) this.error = undefined;
    } catch {
      if (!this.stored) this.error = LOAD_FAILED_MESSAGE;
    }
    this.publish();
  }

  private publish(): void {
    this.current = {
      settings: this.stored && overlay(this.stored, this.writing, this.pending),
      error: this.error,
    };
    for (const listener of this.listeners) listener();
  }
}
