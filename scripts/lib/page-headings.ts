/**
 * The headings of the source pages other than the two seeds (data/sources.json), in page order,
 * exactly as the page prints them. The text of each page, as it was read, is kept outside the
 * repo in `<sources dir>/<source id>.txt` (see scripts/lib/source-text.ts); its first line is the
 * page's address. A cited section runs from its heading to the next heading in this list, as for
 * the seeds; scripts/seed-fingerprint.ts fails when a heading is not a line of its page.
 *
 * Medicine pages first (branch reach-medicines); other pages are appended at the end.
 */
export const PAGE_HEADINGS: Record<string, readonly string[]> = {
  'koptk-longkanker-doelgericht': ['Doelgerichte therapie bij longkanker', 'Bijwerkingen'],
  'koptk-melanoom-doelgericht': ['Doelgerichte therapie bij huidkanker (melanoom)', 'Bijwerkingen'],
  'kankernl-melanoom-doelgericht': [
    'Doelgerichte therapie bij melanoom',
    'Patiënten met stadium 3',
    'Patiënten met stadium 4',
    'Resistentie',
    'Behandelcentra',
    'Doelgerichte therapie',
    'Hoe werkt doelgerichte therapie?',
  ],
  'fk-lorlatinib': ['Samenstelling', 'Uitleg symbolen', 'Advies', 'Indicaties', 'Doseringen'],
  'anna-gemcitabine-carboplatine': ['Chemotherapie met Gemcitabine/Carboplatin (NSCLC)', 'Wat is chemotherapie?', 'Behandelplan'],
  'zin-nivolumab-relatlimab': [
    'Pakketadvies sluisgeneesmiddel nivolumab-relatlimab (Opdualag®) voor de behandeling van huidkanker',
    'Aandoening waarbij het middel kan worden toegepast',
    'De aandoening en de behandeling',
    'Sluis voor dure geneesmiddelen',
  ],
  'nvmo-selpercatinib-nsclc': [
    'Adviezen commissie BOM',
    'Selpercatinib als tweedelijnsbehandeling bij gemetastaseerd RET-fusiepositief niet-kleincellig longcarcinoom',
  ],
  'rl-sclc-ld-chemoradiatie': [
    'Kleincellig longcarcinoom - Systemische behandeling bij thoracale ra',
    'Uitgangsvraag',
    'Aanbeveling',
    'Overwegingen',
    'Onderbouwing',
  ],
  'nvmo-atezolizumab-sclc': [
    'Adviezen commissie BOM',
    'Atezolizumab met chemotherapie als eerstelijns behandeling voor ‘extensive stage’ kleincellig longcarcinoom',
  ],
  'rl-nsclc-alk': ['ALK fusies', 'Uitgangsvraag', 'Aanbeveling', 'Overwegingen'],
  'rl-nsclc-kras-g12c': ['KRAS G12C mutaties', 'Uitgangsvraag', 'Aanbeveling', 'Overwegingen', 'Onderbouwing'],
  'rl-nsclc-leeftijd-conditie': [
    'Invloed van leeftijd en performance status op de effectiviteit en toxiciteit van oncologische systeemtherapie bij gemetastaseerd NSCLC',
    'Uitgangsvraag',
    'Aanbeveling',
    'Oudere patiënten en NSCLC zonder actionable driver mutatie waarvoor doelgerichte therapie beschikbaar is',
    'Oudere patiënten en NSCLC met actionable driver mutatie waarvoor doelgerichte therapie beschikbaar is',
    'Performance status en NSCLC zonder actionable driver mutatie waarvoor doelgerichte therapie beschikbaar is',
    'Performance status 2',
    'Performance status 3-4',
    'Performance status en NSCLC met actionable driver mutatie waarvoor doelgerichte therapie beschikbaar is',
  ],
  'kankernl-biopsie-longkanker': [
    'Biopsie bij longkanker',
    'Biopsie in de bovenste luchtwegen',
    'Biopsie dieper in de longen',
    'Hoe gaat een longbiopsie?',
    'Na de longbiopsie',
    'Over deze pagina',
  ],
  'kankerbe-remissie-terugval': [
    'Genezing, remissie en terugval',
    'Kan iemand van kanker genezen?',
    'In remissie of genezen?',
    'Definitief genezen?',
    'Als kanker terugkeert…',
  ],
  'stjansdal-pet-scan': ['PET-scan longen', 'PET-scan', 'Hoe werkt het onderzoek?', 'Niet in Harderwijk'],
  'bijniernet-immuuntherapie-bijnieren': ['Immuuntherapie en de bijnieren', 'Nadelen', 'Auto-immuun reactie van de bijnieren'],
  'longfonds-longkanker-behandeling': ['Behandeling', 'Overlevingsduur'],
  'hypofyse-hypofysitis-immuuntherapie': ['Immuuntherapie gerelateerde hypofysitis (artikel)', 'Revolutionaire behandeling'],
  'wza-mri-scan': ['MRI-scan', 'In het kort', 'Wat is het voor onderzoek?', 'Sterke magneet', 'Wanneer géén MRI?', 'Wanneer wél een MRI?', 'Laat het ons weten!'],
  'kankernl-hersenuitzaaiingen-onderzoek': ['Uitzaaiingen in de hersenen', 'Onderzoek en diagnose van hersenuitzaaiingen', 'Verder onderzoek bij hersenuitzaaiingen'],
  'mst-neoadjuvant': ['Behandeling voorafgaand aan de operatie (neoadjuvant)', 'Chemotherapie'],
  'kankernl-overlevingscijfers': [
    'Meer informatie over specifieke overlevingscijfers bij kanker',
    'Wat betekent ‘overleving’?',
    'Wat zijn specifieke overlevingscijfers?',
    'Hoe worden overlevingscijfers berekend?',
  ],
  'olvg-bloedonderzoek-kanker': [
    'Bloedonderzoek bij kanker : u kunt hiervoor terecht bij Medische Oncologie',
    'Verloop',
    'Voorbereiding',
    'Het onderzoek',
    'Tips',
    'Neem mee',
    'Veelgestelde vragen',
  ],
  'ntvg-pseudoprogressie': ['Toets voor nascholing (verlopen)', 'Kernpunten'],
  'lkn-doelgerichte-therapie': ['Doelgerichte therapie', 'Renée over DNA-onderzoek bij longkanker', 'Uitleg doelgerichte therapie (video)'],
  'umcg-melanoom-behandeling': ['Melanoom: behandeling', 'Meerdere gesprekken', 'Doel van de behandeling', 'Mogelijke behandelingen'],
  'uza-lymfeklieren-gespaard': ['Lymfeklieren vaker gespaard'],
  'kankernl-uitgezaaid-melanoom': [
    'Behandeling bij uitgezaaid melanoom',
    'Behandeling van uitgezaaid melanoom in stadium 3',
    'Behandeling van uitgezaaid melanoom in stadium 4',
  ],
  'avl-til-therapie': ['TIL therapie melanoom', 'Wat is TIL therapie?', 'TIL therapie studie', 'Hoe werkt TIL therapie?'],
  'melanoompunt-woordenlijst': ['Woordenlijst'],
  'zin-entrectinib': [
    'Pakketadvies sluisgeneesmiddel entrectinib (Rozlytrek®)',
    'ROS1-positief gevorderd niet-kleincellig longkanker (NSCLC)',
    'Entrectinib (Rozlytrek®)',
  ],
  'zin-tebentafusp': [
    'Pakketadvies sluisgeneesmiddel tebentafusp (Kimmtrak®) voor de behandeling van oogkanker',
    'Aandoening waarbij het middel kan worden toegepast',
    'De aandoening en de behandeling',
    'Sluis voor dure geneesmiddelen',
  ],
  'uzgent-immunotherapie-verwijzers': [
    'Mijn patiënt wordt behandeld met immunotherapie',
    'Over welke medicijnen gaat het?',
    'Welke mogelijke problemen kan ik verwachten bij mijn patiënt?',
  ],
  'stcrt-2025-6021-tebentafusp': ['Staatscourant van het Koninkrijk der Nederlanden'],
};
