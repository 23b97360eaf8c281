declare module 'virtual:content-glossary' {
  import type { Source, TooltipEntry } from './types';

  /** The glossary without explanations, built by scripts/build/content-glossary-plugin.ts. */
  export const glossary: TooltipEntry[];
  export const sources: Source[];
}
