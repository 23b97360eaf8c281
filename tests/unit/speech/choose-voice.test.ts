import { describe, expect, it } from 'vitest';
import { chooseLocalDutchVoice, READ_ALOUD_RATE } from '../../../core/speech/choose-voice';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({ name, lang, localService, default: isDefault });

describe('choosing a voice to read aloud', () => {
  it('chooses a Dutch voice that runs on the device', () => {
    const voices = [voice('Google Nederlands', 'nl-NL', false), voice('English', 'en-US', true, true), voice('Xander', 'nl-NL', true)];
    expect(chooseLocalDutchVoice(voices)?.name).toBe('Xander');
  });

  it('never chooses a remote voice, even the only Dutch one', () => {
    expect(chooseLocalDutchVoice([voice('Google Nederlands', 'nl-NL', false), voice('Samantha', 'en-US', true)])).toBeUndefined();
  });

  it('finds nothing without voices, and nothing with only other languages', () => {
    expect(chooseLocalDutchVoice([])).toBeUndefined();
    expect(chooseLocalDutchVoice([voice('Anna', 'de-DE', true), voice('nlx', 'nld', true)])).toBeUndefined();
  });

  it('prefers nl-NL over Flemish, and accepts Flemish or an underscore tag when that is all there is', () => {
    expect(chooseLocalDutchVoice([voice('Ellen', 'nl-BE', true), voice('Claire', 'nl_NL', true)])?.name).toBe('Claire');
    expect(chooseLocalDutchVoice([voice('Ellen', 'nl-BE', true)])?.name).toBe('Ellen');
    expect(chooseLocalDutchVoice([voice('espeak', 'nl', true)])?.name).toBe('espeak');
  });

  it('treats a missing localService as remote', () => {
    expect(chooseLocalDutchVoice([{ name: 'x', lang: 'nl-NL' } as never])).toBeUndefined();
  });

  it('reads a little below normal speed', () => {
    expect(READ_ALOUD_RATE).toBeGreaterThanOrEqual(0.8);
    expect(READ_ALOUD_RATE).toBeLessThan(1);
  });
});
