import { useEffect, useState } from 'preact/hooks';

export type AddOutcome = 'added' | 'already' | 'failed';

export interface AddToQuestionsButtonProps {
  /** What the button adds, for screen readers: "Zet op mijn vragenlijst: nivolumab". */
  subject: string;
  add: () => Promise<AddOutcome>;
  /** The tooltip lives in a page: only a real click by the patient may add (a page script can dispatch clicks). */
  trustedOnly?: boolean;
  class?: string;
}

const LABELS: Record<AddOutcome | 'idle', string> = {
  idle: 'Zet op mijn vragenlijst',
  added: 'Op je vragenlijst gezet',
  already: 'Staat al op je vragenlijst',
  failed: 'Opslaan lukte niet. Probeer opnieuw',
};

/** "Zet op mijn vragenlijst": adds a ready question about this word or answer, and says what happened. */
export function AddToQuestionsButton({ subject, add, trustedOnly = false, class: className = 'add-question' }: AddToQuestionsButtonProps) {
  const [outcome, setOutcome] = useState<AddOutcome | 'idle'>('idle');
  useEffect(() => setOutcome('idle'), [subject]);
  const onClick = (event: MouseEvent) => {
    if (trustedOnly && !event.isTrusted) return;
    add().then(setOutcome, () => setOutcome('failed'));
  };
  return (
    <button type="button" class={className} onClick={onClick} data-testid="add-question" data-outcome={outcome}>
      <span aria-live="polite">{LABELS[outcome]}</span>
      <span class="visually-hidden">: {subject}</span>
    </button>
  );
}
