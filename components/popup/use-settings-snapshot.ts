import { useEffect, useState } from 'preact/hooks';
import type { SettingsSnapshot, SettingsStore } from '../../utils/settings-storage/store';

/** The store's current snapshot; re-renders on every change, including a write that failed. */
export function useSettingsSnapshot(store: SettingsStore): SettingsSnapshot {
  const [snapshot, setSnapshot] = useState(store.snapshot());
  useEffect(() => {
    setSnapshot(store.snapshot());
    return store.subscribe(() => setSnapshot(store.snapshot()));
  }, [store]);
  return snapshot;
}
