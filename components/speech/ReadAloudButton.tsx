import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { localDutchVoice, onVoicesChanged, speak, stopSpeaking } from '../../utils/speech';

export interface ReadAloudButtonProps {
  /** What is read aloud: the visible explanation, in reading order. */
  text: string;
  /** What is being read, for screen readers: "Voorlezen: nivolumab". */
  subject: string;
  class?: string;
}

function useHasLocalDutchVoice(): boolean {
  const [available, setAvailable] = useState(() => localDutchVoice() !== undefined);
  useEffect(() => onVoicesChanged(() => setAvailable(localDutchVoice() !== undefined)), []);
  return available;
}

/**
 * "Voorlezen": only shown when a Dutch voice runs on this device. Stops on Escape, on a second
 * click, and when the button goes away (the tooltip closes or shows another word).
 */
export function ReadAloudButton({ text, subject, class: className = 'read-aloud' }: ReadAloudButtonProps) {
  const available = useHasLocalDutchVoice();
  const [speaking, setSpeaking] = useState(false);
  // The utterance this button started, kept at once: a tooltip closed right after the click (before
  // the state is rendered) must still stop it.
  const utterance = useRef<SpeechSynthesisUtterance | undefined>(undefined);

  // Layout effects, run as the button is drawn: Preact runs plain effects after the next frame, so
  // a tooltip shown, clicked and closed within one frame had no cleanup (and no Escape listener) yet.
  useLayoutEffect(
    () => () => {
      if (utterance.current) stopSpeaking(utterance.current);
      utterance.current = undefined;
    },
    [text],
  );
  useLayoutEffect(() => {
    if (!speaking) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      stopSpeaking();
      setSpeaking(false);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [speaking]);

  if (!available) return null;
  const toggle = () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
    } else {
      utterance.current = speak(text, () => setSpeaking(false));
      if (utterance.current) setSpeaking(true);
    }
  };
  const label = speaking ? 'Stop voorlezen' : 'Voorlezen';
  return (
    <button type="button" class={className} aria-label={`${label}: ${subject}`} onClick={toggle} data-testid="read-aloud" data-speaking={speaking}>
      {label}
    </button>
  );
}
