import { useEffect, useState } from 'preact/hooks';
import { localDutchVoice, onVoicesChanged } from '../../utils/speech';

/** The uitleg page's help on "Voorlezen": why the button may be missing, and whether this device has a voice. */
export function ReadAloudHelp() {
  const [voice, setVoice] = useState(() => localDutchVoice());
  useEffect(() => onVoicesChanged(() => setVoice(localDutchVoice())), []);
  return (
    <section id="voorlezen" aria-labelledby="voorlezen-titel" data-testid="read-aloud-help">
      <h2 id="voorlezen-titel" tabIndex={-1} class="entry-title">
        Voorlezen
      </h2>
      <p>
        Bij een woord of antwoord staat een knop <strong>Voorlezen</strong>. Immuunwijzer leest alleen voor met een Nederlandse stem die op je eigen
        computer of telefoon werkt. Sommige stemmen, zoals “Google Nederlands” in Chrome, sturen de tekst naar een server om hem daar uit te spreken.
        Die stemmen gebruikt Immuunwijzer nooit, want dan zou de tekst je apparaat verlaten.
      </p>
      <p data-testid="read-aloud-status">
        {voice
          ? `Op dit apparaat is zo’n stem gevonden (${voice.name}), dus de knop Voorlezen wordt getoond.`
          : 'Op dit apparaat is geen Nederlandse stem gevonden die op het apparaat zelf werkt. Daarom zie je de knop Voorlezen niet. In de taal- of spraakinstellingen van je computer of telefoon kun je vaak een Nederlandse stem toevoegen; daarna verschijnt de knop vanzelf.'}
      </p>
    </section>
  );
}
