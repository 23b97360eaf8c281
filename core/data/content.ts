import everydayWords from '../../data/everyday-words.json' with { type: 'json' };
import faq from '../../data/faq.json' with { type: 'json' };
import glossary from '../../data/glossary.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };
import type { Content } from './types';
import { validateContent, type RawContent } from './validate';

export const rawContent: RawContent = { sources, glossary, faq, everydayWords };

/** The bundled content, checked against the schema (the build runs this too). */
export function loadContent(): Content {
  return validateContent(rawContent);
}

/**
 * The bundled content without checking it again at run time: the build fails on invalid content
 * (see wxt.config.ts), so the extension does not pay for validation on every page.
 */
export const bundledContent = rawContent as unknown as Content;
