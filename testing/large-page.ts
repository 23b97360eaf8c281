/**
 * A large Dutch forum page for the performance tests and the benchmark: several MB of text with
 * nested inline markup and about one glossary term per 25 words, as dense as a patient leaflet.
 * Deterministic: the same size always gives the same bytes (seeded PRNG), so runs are comparable.
 *
 * Every filler sentence is free of glossary forms; every term sentence holds exactly one term,
 * never split over elements. The number of terms is on <body data-term-count>, so a test can
 * compare it with the number of marks. Without terms (`withTerms: false`) every term sentence is a
 * filler sentence: an ordinary page with nothing to explain, for the start-up cost.
 */

const SEED = 0x1a2b3c4d;

/** mulberry32: tiny, fast and good enough to vary the text; not for anything secret. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  'Vanochtend was het rustig in de wachtkamer en hadden we tijd om even bij te praten.',
  'Mijn partner rijdt me meestal, want na afloop ben ik vaak te moe om zelf te sturen.',
  'Ik schrijf alles op in een schrift, anders vergeet ik de helft van wat er gezegd wordt.',
  'De koffie in het ziekenhuis is niet best, dus ik neem tegenwoordig een thermosfles mee.',
  'Het gesprek duurde langer dan gepland, maar er werd echt naar ons geluisterd.',
  'Thuis gaat het redelijk, al slaap ik sinds een paar weken slecht door.',
  'Mijn dochter heeft een lijstje met vragen gemaakt dat we elke keer meenemen.',
  'Wandelen in het park helpt me om mijn hoofd leeg te maken na zo’n drukke dag.',
  'We hebben besloten om de vakantie naar het voorjaar te verschuiven.',
  'De buren brengen soms soep langs, en dat voelt als een warme deken.',
  'Het wachten op uitslagen vind ik eerlijk gezegd het zwaarste van alles.',
  'Ik merk dat ik meer behoefte heb aan rust en aan kleine dingen die goed gaan.',
  'Op het werk hebben ze heel begripvol gereageerd toen ik vertelde wat er speelde.',
  'Soms lees ik hier alleen mee, omdat het fijn is om te weten dat je niet alleen bent.',
  'Bedankt voor alle lieve reacties, ik heb ze allemaal met aandacht gelezen.',
  'De parkeergarage was vol, dus we kwamen net op tijd binnen voor de afspraak.',
  'Mijn zus gaat volgende keer mee, zodat mijn man ook eens een dag vrij heeft.',
  'Het helpt om per week te kijken in plaats van maanden vooruit te plannen.',
  'We hebben thuis een vaste avond ingesteld waarop niemand over ziekte praat.',
  'Eten smaakt de laatste tijd anders, vooral koffie en rood vlees vind ik vies.',
  'Ik probeer elke dag een half uur buiten te zijn, ook als het regent.',
  'Mijn kleinzoon tekende een zon voor op de koelkast, en die hangt er nog steeds.',
  'De fysiotherapeut gaf me oefeningen die ik gewoon in de woonkamer kan doen.',
  'Het is goed om je vragen op te schrijven voordat je het gesprek ingaat.',
  'Af en toe huil ik om niets, en dat mag blijkbaar ook gewoon.',
  'Vorige week hebben we samen met vrienden een lange fietstocht gemaakt.',
  'De secretaresse belde terug binnen een uur, daar was ik echt blij mee.',
  'Ik hoop dat iedereen hier een goede week heeft, met veel zon en weinig zorgen.',
  'Mijn advies: neem altijd iemand mee die kan meeluisteren en aantekeningen maakt.',
  'Het weekend was druk met familie, maar ook heel gezellig.',
] as const;

/** Each holds one {T}, mid-sentence, followed by a space or punctuation: never by a letter. */
const TERM_SENTENCES = [
  'Gisteren had ik een lang gesprek over {T} met het team.',
  'Ik las een duidelijk stuk over {T} op de site van de patiëntenvereniging.',
  'Volgens mijn zus heeft haar buurman ook ervaring met {T}, dus ik ga het hem vragen.',
  'Bij de controle kwam {T} ter sprake, en dat gaf veel duidelijkheid.',
  'Heeft iemand hier ervaring met {T}? Ik hoor het graag.',
  'Mijn vragen over {T} staan inmiddels op een briefje in mijn tas.',
  'We kregen een folder mee waarin {T} in gewone taal werd uitgelegd.',
  'De afspraak ging grotendeels over {T} en wat we de komende weken kunnen verwachten.',
  'In de groepsapp hebben we het vaak over {T} en hoe iedereen ermee omgaat.',
  'Ik wist eerst niet wat {T} betekende, maar nu snap ik het beter.',
] as const;

const TERMS = [
  'immuuntherapie', 'immunotherapie', 'het afweersysteem', 'T-cellen', 'PD-1', 'PD-L1', 'PDL1', 'PD-1-remmers',
  'anti-PD1', 'CTLA-4', 'nivolumab', 'Opdivo', 'pembrolizumab', 'Keytruda', 'atezolizumab', 'Tecentriq',
  'durvalumab', 'Imfinzi', 'ipilimumab', 'Yervoy', 'chemotherapie', 'niet-kleincellige longkanker', 'NSCLC',
  'een EGFR-mutatie', 'BRAF-remmers', 'MEK-remmers', 'melanoom', 'uitzaaiingen', 'bijwerkingen', 'steroïden',
  'de schildklier', 'het infuus', 'de CT-scan', 'de longarts', 'de verpleegkundig specialist', 'een klinische studie',
  'T-VEC', 'Lareb',
] as const;

const NAMES = ['Marja62', 'Henk_uit_Zwolle', 'Ans', 'Rob-B', 'Fatima', 'Joke1958', 'Kees', 'Mirjam_L', 'Pieter', 'Sanne'] as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}

/** UTF-8 length without Buffer or TextEncoder allocations, so the generator also runs in a browser. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

class Generator {
  readonly random: () => number;
  terms = 0;

  constructor(
    seed: number,
    readonly withTerms: boolean,
  ) {
    this.random = mulberry32(seed);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  /** Wraps some words of a term-free sentence in nested inline markup. */
  decorate(sentence: string): string {
    const words = sentence.split(' ');
    const roll = this.random();
    if (words.length < 6 || roll < 0.4) return escapeHtml(sentence);
    const from = 1 + Math.floor(this.random() * (words.length - 4));
    const to = from + 1 + Math.floor(this.random() * 2);
    const before = escapeHtml(words.slice(0, from).join(' '));
    const inner = escapeHtml(words.slice(from, to).join(' '));
    const after = escapeHtml(words.slice(to).join(' '));
    const wrapped =
      roll < 0.6
        ? `<b>${inner}</b>`
        : roll < 0.75
          ? `<i><span class="nadruk">${inner}</span></i>`
          : roll < 0.9
            ? `<a href="#post-${Math.floor(this.random() * 1000)}"><em>${inner}</em></a>`
            : `<span class="citaat"><strong><u>${inner}</u></strong></span>`;
    return `${before} ${wrapped} ${after}`;
  }

  termSentence(): string {
    if (!this.withTerms) return this.decorate(this.pick(FILLER));
    const [before = '', after = ''] = this.pick(TERM_SENTENCES).split('{T}');
    const term = escapeHtml(this.pick(TERMS));
    const roll = this.random();
    const marked =
      roll < 0.6
        ? term
        : roll < 0.75
          ? `<strong>${term}</strong>`
          : roll < 0.9
            ? `<a href="#uitleg"><em>${term}</em></a>`
            : `<span class="term"><i><b>${term}</b></i></span>`;
    this.terms++;
    return `${escapeHtml(before)}${marked}${escapeHtml(after)}`;
  }

  paragraph(): string {
    const sentences: string[] = [];
    const count = 3 + Math.floor(this.random() * 5);
    for (let index = 0; index < count; index++) {
      sentences.push(this.random() < 0.56 ? this.termSentence() : this.decorate(this.pick(FILLER)));
    }
    return sentences.join(' ');
  }

  post(number: number): string {
    const author = this.pick(NAMES);
    const day = 1 + (number % 28);
    const parts = [
      `<article class="post" id="post-${number}">`,
      `<header><span class="auteur">${author}</span> · <time datetime="2026-03-${String(day).padStart(2, '0')}">${day} maart 2026</time> · <a href="#post-${number}">#${number}</a></header>`,
    ];
    if (number > 1 && this.random() < 0.25) {
      parts.push(`<blockquote><p><b>${this.pick(NAMES)} schreef:</b> ${this.paragraph()}</p></blockquote>`);
    }
    const paragraphs = 1 + Math.floor(this.random() * 3);
    for (let index = 0; index < paragraphs; index++) parts.push(`<p>${this.paragraph()}</p>`);
    if (this.random() < 0.2) {
      parts.push(`<ul><li>${this.termSentence()}</li><li>${this.decorate(this.pick(FILLER))}</li><li>${this.termSentence()}</li></ul>`);
    }
    parts.push('<footer><button type="button">Beantwoorden</button> <button type="button">Leuk</button></footer></article>');
    return parts.join('\n');
  }
}

/** The page, at least `kilobytes` × 1024 bytes of UTF-8 (a little more: the last post is finished). */
export function largePageHtml(kilobytes: number, { withTerms = true } = {}): string {
  const target = Math.max(1, Math.floor(kilobytes)) * 1024;
  const generator = new Generator(SEED, withTerms);
  const head = [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Groot forum: ervaringen delen (${kilobytes} KB)</title>`,
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:0 auto;padding:1rem}.post{border-bottom:1px solid #ccc;padding:.5rem 0}blockquote{border-left:3px solid #999;margin:.5rem 0;padding-left:.75rem;color:#444}</style>',
    '</head>',
  ].join('\n');
  const posts: string[] = [];
  let bytes = utf8Length(head) + 400;
  for (let number = 1; bytes < target; number++) {
    const post = generator.post(number);
    posts.push(post);
    bytes += utf8Length(post) + 1;
  }
  return [
    head,
    `<body data-term-count="${generator.terms}" data-post-count="${posts.length}">`,
    '<header><h1>Forum: ervaringen delen</h1><p>Een lange draad met reacties van lezers.</p></header>',
    '<main id="posts">',
    ...posts,
    '</main>',
    '<footer><p>Einde van de draad.</p></footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
