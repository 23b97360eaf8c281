/**
 * The fixed part of the list, in our own words after the melanoma folder's section "Goed voorbereid
 * naar het gesprek met de behandelend arts" (Stichting Melanoom, 2017).
 */
export const CONSULTATION_ADVICE: readonly string[] = [
  'Neem iemand mee naar het gesprek. Die kan meeluisteren, je steunen en ook vragen stellen.',
  'Vraag door als je iets niet begrijpt of meer wilt weten.',
  'Vraag of de afspraken op papier komen, zodat je ze thuis nog eens kunt lezen.',
  'Je mag vragen of je het gesprek mag opnemen, om het thuis rustig terug te luisteren.',
  'Weet wie je contactpersoon in het ziekenhuis is en hoe je die bereikt. Heb je een vraag of maak je je zorgen? Bel of mail gerust.',
];

export const PREPARATION_LABELS = {
  companion: 'Wie gaat er mee',
  contactName: 'Contactpersoon in het ziekenhuis',
  contactPhone: 'Telefoonnummer of e-mail van de contactpersoon',
} as const;
