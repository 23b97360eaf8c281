import glossary from '../../data/glossary.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };
import type { GlossaryEntry, Source } from './types';

// Only what the content script needs, so the FAQ is not shipped into every page.
// Checked against the schema at build time (see wxt.config.ts), so not again here.
export const bundledGlossary = glossary as GlossaryEntry[];
export const bundledSources = sources as Source[];
