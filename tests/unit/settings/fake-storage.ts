import type { SettingsAreas, StorageAreaLike } from '../../../utils/settings-storage/layout';

/**
 * Chrome's storage.sync limits, from the chrome.storage reference
 * (developer.chrome.com/docs/extensions/reference/api/storage#property-sync), not from our code.
 */
export const CHROME_SYNC_LIMITS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
} as const;

type Limits = typeof CHROME_SYNC_LIMITS;

/** An in-memory storage area that rejects writes the way Chrome does when a limit is hit. */
export class FakeArea implements StorageAreaLike {
  readonly data = new Map<string, string>();
  /** Time of every accepted write operation. */
  readonly writes: number[] = [];
  readonly rejected: string[] = [];
  /** Set to make writes fail: true for all, or a predicate on the items. */
  fail: boolean | ((items: Record<string, unknown>) => boolean) = false;
  onChange: (() => void) | undefined;

  constructor(private readonly limits?: Limits) {}

  async get(keys: string[]): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const key of keys) {
      const json = this.data.get(key);
      if (json !== undefined) result[key] = JSON.parse(json);
    }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const problem = this.problemWith(items);
    if (problem) {
      this.rejected.push(problem);
      throw new Error(problem);
    }
    for (const [key, value] of Object.entries(items)) this.data.set(key, JSON.stringify(value));
    this.writes.push(Date.now());
    this.changed();
  }

  async remove(keys: string[]): Promise<void> {
    if (this.fail === true) throw new Error('write failed');
    for (const key of keys) this.data.delete(key);
    this.writes.push(Date.now());
    this.changed();
  }

  value(key: string): unknown {
    const json = this.data.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  /** The most write operations in any 60 s window so far. */
  peakWritesPerMinute(): number {
    return this.writes.reduce((peak, start) => Math.max(peak, this.writes.filter((time) => time >= start && time < start + 60_000).length), 0);
  }

  private problemWith(items: Record<string, unknown>): string | undefined {
    if (this.fail === true || (typeof this.fail === 'function' && this.fail(items))) return 'write failed';
    if (!this.limits) return undefined;
    const now = Date.now();
    if (this.writes.filter((time) => time > now - 60_000).length >= this.limits.MAX_WRITE_OPERATIONS_PER_MINUTE) {
      return 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    }
    const after = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      const json = JSON.stringify(value);
      if (key.length + json.length > this.limits.QUOTA_BYTES_PER_ITEM) return 'QUOTA_BYTES_PER_ITEM quota exceeded';
      after.set(key, json);
    }
    const total = [...after].reduce((sum, [key, json]) => sum + key.length + json.length, 0);
    return total > this.limits.QUOTA_BYTES ? 'QUOTA_BYTES quota exceeded' : undefined;
  }

  private changed(): void {
    // Like the browsers: onChanged arrives after the write's promise has resolved.
    const listener = this.onChange;
    if (listener) void Promise.resolve().then(listener);
  }
}

export interface FakeAreas extends SettingsAreas {
  sync: FakeArea;
  local: FakeArea;
}

/** storage.sync with Chrome's limits and an unlimited storage.local, both watched. */
export function fakeAreas(): FakeAreas {
  const sync = new FakeArea(CHROME_SYNC_LIMITS);
  const local = new FakeArea();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  sync.onChange = notify;
  local.onChange = notify;
  return {
    sync,
    local,
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
