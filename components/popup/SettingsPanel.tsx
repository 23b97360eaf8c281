import type { Settings } from '../../utils/settings';

export interface SettingsPanelProps {
  settings: Settings;
  site: string | undefined;
  onChange: (settings: Settings) => void;
}

/** The four settings; each change is saved at once and reaches open tabs without a reload. */
export function SettingsPanel({ settings, site, onChange }: SettingsPanelProps) {
  const offHere = site !== undefined && settings.disabledSites.includes(site);
  const toggleSite = (off: boolean) => {
    if (!site) return;
    const others = settings.disabledSites.filter((candidate) => candidate !== site);
    onChange({ ...settings, disabledSites: off ? [...others, site] : others });
  };
  return (
    <details class="settings" data-testid="settings">
      <summary data-testid="settings-toggle">Instellingen</summary>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => onChange({ ...settings, enabled: event.currentTarget.checked })}
          data-testid="setting-enabled"
        />
        Woorden uitleggen op webpagina's
      </label>
      {site && (
        <label class="check">
          <input type="checkbox" checked={offHere} onChange={(event) => toggleSite(event.currentTarget.checked)} data-testid="setting-site" />
          Uit op {site}
        </label>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={settings.firstOnly}
          onChange={(event) => onChange({ ...settings, firstOnly: event.currentTarget.checked })}
          data-testid="setting-first-only"
        />
        Elk woord alleen de eerste keer markeren
      </label>
      <fieldset class="style-choice">
        <legend>Markering</legend>
        {(
          [
            ['underline', 'Stippellijn onder het woord'],
            ['background', 'Gekleurde achtergrond'],
          ] as const
        ).map(([value, label]) => (
          <label class="check" key={value}>
            <input
              type="radio"
              name="mark-style"
              value={value}
              checked={settings.markStyle === value}
              onChange={() => onChange({ ...settings, markStyle: value })}
              data-testid={`setting-style-${value}`}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
