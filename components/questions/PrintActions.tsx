import { useState } from 'preact/hooks';
import { copyText } from './copy-text';

export interface PrintActionsProps {
  /** Built on click, so it holds what is on screen at that moment. */
  plainText: () => string;
}

/** "Afdrukken" and "Kopieer als tekst"; when copying is refused, the text is shown selected to copy by hand. */
export function PrintActions({ plainText }: PrintActionsProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [manualText, setManualText] = useState('');
  const copy = async () => {
    const text = plainText();
    if (await copyText(text)) setStatus('copied');
    else {
      setManualText(text);
      setStatus('manual');
    }
  };
  return (
    <div class="print-actions no-print">
      <button type="button" onClick={() => window.print()} data-testid="print">
        Afdrukken
      </button>
      <button type="button" onClick={copy} data-testid="copy-text">
        Kopieer als tekst
      </button>
      <span role="status" data-testid="copy-status">
        {status === 'copied' ? 'Gekopieerd. Je kunt de tekst nu plakken, bijvoorbeeld in een e-mail aan jezelf.' : ''}
      </span>
      {status === 'manual' && (
        <p>
          <label for="copy-manual">Kopiëren lukte niet vanzelf. Selecteer de tekst hieronder en kopieer hem met Ctrl+C (Cmd+C op een Mac).</label>
          <textarea id="copy-manual" readOnly rows={8} value={manualText} ref={(element) => element?.select()} />
        </p>
      )}
    </div>
  );
}
