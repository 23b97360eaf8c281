/** The parts of a SpeechSynthesisVoice the choice looks at. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** A little below normal speed: easier to follow for readers who find the text hard. */
export const READ_ALOUD_RATE = 0.9;

function isDutch(lang: string): boolean {
  return /^nl(?:[-_]|$)/i.test(lang);
}

/**
 * A Dutch voice that runs on the device, or undefined. Remote voices (Chrome's "Google Nederlands",
 * localService false) send the text to a server, so they are never chosen, however good they sound.
 * Prefers nl-NL over other Dutch (nl-BE), then the system's default voice.
 */
export function chooseLocalDutchVoice<Voice extends VoiceLike>(voices: readonly Voice[]): Voice | undefined {
  const candidates = voices.filter((voice) => voice.localService === true && isDutch(voice.lang));
  const score = (voice: Voice) => (/^nl[-_]nl$/i.test(voice.lang) ? 2 : 0) + (voice.default ? 1 : 0);
  return [...candidates].sort((a, b) => score(b) - score(a))[0];
}
