import { chooseLocalDutchVoice, READ_ALOUD_RATE } from '../core/speech/choose-voice';

/** The browser's speech synthesis, or undefined where there is none (or a page's sandbox hides it). */
function synthesis(): SpeechSynthesis | undefined {
  try {
    return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  } catch {
    return undefined;
  }
}

/** A Dutch voice on the device, or undefined: remote voices would send the text to a server. */
export function localDutchVoice(): SpeechSynthesisVoice | undefined {
  try {
    return chooseLocalDutchVoice(synthesis()?.getVoices() ?? []);
  } catch {
    return undefined;
  }
}

/** Voices often arrive after the page loads (Chrome fires voiceschanged); returns the unsubscribe. */
export function onVoicesChanged(callback: () => void): () => void {
  const synth = synthesis();
  if (!synth || typeof synth.addEventListener !== 'function') return () => undefined;
  synth.addEventListener('voiceschanged', callback);
  return () => synth.removeEventListener('voiceschanged', callback);
}

let current: SpeechSynthesisUtterance | undefined;

/** Reads the text aloud with a local Dutch voice; its utterance, or undefined (and silence) when there is none. */
export function speak(text: string, onEnd: () => void): SpeechSynthesisUtterance | undefined {
  const synth = synthesis();
  const voice = localDutchVoice();
  if (!synth || !voice) return undefined;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = READ_ALOUD_RATE;
  const finish = () => {
    if (current === utterance) current = undefined;
    onEnd();
  };
  utterance.addEventListener('end', finish);
  utterance.addEventListener('error', finish);
  current = utterance;
  synth.speak(utterance);
  return utterance;
}

/** Stops reading aloud; with an utterance, only while that one is still being read. */
export function stopSpeaking(utterance?: SpeechSynthesisUtterance): void {
  if (utterance && current !== utterance) return;
  current = undefined;
  synthesis()?.cancel();
}
