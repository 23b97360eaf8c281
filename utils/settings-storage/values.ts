export type MarkStyle = 'underline' | 'background';

export interface Settings {
  enabled: boolean;
  /** Host names (example.org) where the patient switched marking off. */
  disabledSites: string[];
  /** Mark only the first occurrence of each term on a page. */
  firstOnly: boolean;
  markStyle: MarkStyle;
  /**
   * Paint nothing until the pointer rests on a word (or a tap, or the navigator): pages can read
   * highlights, so with this on a page sees a mark only while its tooltip is open.
   */
  markOnHover: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  firstOnly: false,
  markStyle: 'underline',
  markOnHover: false,
};

/** Longest host name DNS allows; anything longer in the site list is not a site. */
const MAX_HOST_LENGTH = 253;

type Parsers = { [K in keyof Settings]: (value: unknown) => Settings[K] | undefined };

/** Each setting's check of a stored value: the value, or undefined when it is missing or malformed. */
const PARSERS: Parsers = {
  enabled: (value) => (typeof value === 'boolean' ? value : undefined),
  firstOnly: (value) => (typeof value === 'boolean' ? value : undefined),
  markStyle: (value) => (value === 'underline' || value === 'background' ? value : undefined),
  markOnHover: (value) => (typeof value === 'boolean' ? value : undefined),
  disabledSites: (value) =>
    Array.isArray(value)
      ? [...new Set(value.filter((site): site is string => typeof site === 'string' && site.length > 0 && site.length <= MAX_HOST_LENGTH))]
      : undefined,
};

export const SETTING_NAMES = Object.keys(PARSERS) as (keyof Settings)[];

export function parseSetting<K extends keyof Settings>(key: K, value: unknown): Settings[K] | undefined {
  return PARSERS[key](value);
}

/** The first candidate that is a valid value for the setting, else its default. */
export function firstValid<K extends keyof Settings>(key: K, ...candidates: unknown[]): Settings[K] {
  for (const candidate of candidates) {
    const parsed = parseSetting(key, candidate);
    if (parsed !== undefined) return parsed;
  }
  return DEFAULT_SETTINGS[key];
}

/** Settings from any stored shape, with anything missing or malformed replaced by its default. */
export function withDefaults(value: unknown): Settings {
  const record = isRecord(value) ? value : {};
  return {
    enabled: firstValid('enabled', record.enabled),
    disabledSites: firstValid('disabledSites', record.disabledSites),
    firstOnly: firstValid('firstOnly', record.firstOnly),
    markStyle: firstValid('markStyle', record.markStyle),
    markOnHover: firstValid('markOnHover', record.markOnHover),
  };
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
