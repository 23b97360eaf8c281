import type { SettingsStore } from '../../utils/settings-storage/store';
import { useSettingsSnapshot } from './use-settings-snapshot';

export interface SettingsPanelProps {
  store: SettingsStore;
  site: string | undefined;
}

const MARK_STYLES = [
  ['underline', 'Stippellijn onder het woord'],
  ['background', 'Gekleurde achtergrond'],
] as const;

/**
 * The five settings; each change is saved at once and reaches open tabs without a reload. The
 * controls show the store's snapshot, never their own state: a change that fails to save springs
 * back to the stored value, with the store's message.
 */
export function SettingsPanel({ store, site }: SettingsPanelProps) {
  const { settings, error } = useSettingsSnapshot(store);
  const offHere = site !== undefined && settings !== undefined && settings.disabledSites.includes(site);
  return (
    <details class="settings" data-testid="settings">
      <summary data-testid="settings-toggle">Instellingen</summary>
      {error && (
        <p class="settings-error" role="alert" data-testid="settings-error">
          {error}
        </p>
      )}
      {settings && (
        <>
          <label class="check">
            <input
              type="checkbox"
              checked={settings.enabled}
              onChange={(event) => store.set('enabled', event.currentTarget.checked)}
              data-testid="setting-enabled"
            />
            Woorden uitleggen op webpagina's
          </label>
          {site && (
            <label class="check">
              <input
                type="checkbox"
                checked={offHere}
                onChange={(event) => store.setSiteOff(site, event.currentTarget.checked)}
                data-testid="setting-site"
              />
              Uit op {site}
            </label>
          )}
          <label class="check">
            <input
              type="checkbox"
              checked={settings.firstOnly}
              onChange={(event) => store.set('firstOnly', event.currentTarget.checked)}
              data-testid="setting-first-only"
            />
            Elk woord alleen de eerste keer markeren
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={settings.markOnHover}
              onChange={(event) => store.set('markOnHover', event.currentTarget.checked)}
              aria-describedby="setting-mark-on-hover-why"
              data-testid="setting-mark-on-hover"
            />
            Markeer pas als ik een woord aanwijs
          </label>
          <p class="setting-why" id="setting-mark-on-hover-why" data-testid="setting-mark-on-hover-why">
            Een website kan zien welke woorden gemarkeerd zijn. Met dit aan ziet hij dat pas als je een woord aanwijst.
          </p>
          <fieldset class="style-choice">
            <legend>Markering</legend>
            {MARK_STYLES.map(([value, label]) => (
              <label class="check" key={value}>
                <input
                  type="radio"
                  name="mark-style"
                  value={value}
                  checked={settings.markStyle === value}
                  onChange={() => store.set('markStyle', value)}
                  data-testid={`setting-style-${value}`}
                />
                {label}
              </label>
            ))}
          </fieldset>
        </>
      )}
    </details>
  );
}
