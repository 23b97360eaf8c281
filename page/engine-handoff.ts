import type { SentryPrefilter } from '../core/finder/prefilter';
import type { PageTerms } from '../utils/messages';

/**
 * What the always-loaded content script (entrypoints/content) and the engine it has the
 * background inject (entrypoints/engine.ts) share. Both run in the extension's own JavaScript
 * world of the same frame, so a global there is shared, and page scripts cannot see it.
 */
export interface EngineHandoff {
  /** The content script's lifetime (WXT's context): the engine ends with it. */
  readonly signal: AbortSignal;
  /** The content script's prefilter (the unambiguous forms) and its sources: the engine ships only the ambiguous forms' pattern. */
  readonly mayContainTerm: SentryPrefilter;
  /** Set by the content script when the user asked for the navigator before the engine ran. */
  openNavigatorOnStart: boolean;
  /** Set by the engine once it runs; the content script hands it the page's questions from then on. */
  engine?: {
    pageTerms(): PageTerms;
    openNavigator(): void;
  };
}

const KEY = '__immuunwijzerEngineHandoff';

type Scope = Record<typeof KEY, EngineHandoff | undefined>;

/** Made by the content script; a newer copy (after an extension update) replaces an older one. */
export function createHandoff(signal: AbortSignal, mayContainTerm: SentryPrefilter): EngineHandoff {
  const handoff: EngineHandoff = { signal, mayContainTerm, openNavigatorOnStart: false };
  (globalThis as unknown as Scope)[KEY] = handoff;
  return handoff;
}

/** The content script's handoff, if it is still running and no engine has taken it yet. */
export function takeHandoff(): EngineHandoff | undefined {
  const handoff = (globalThis as unknown as Scope)[KEY];
  if (!handoff || handoff.signal.aborted || handoff.engine) return undefined;
  return handoff;
}
