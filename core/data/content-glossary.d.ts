declare module 'virtual:content-glossary' {
  import type { PackedTermIndex } from '../finder/packed-index';
  import type { Source, TooltipEntry } from './types';

  /** The glossary without explanations, built by scripts/build/content-glossary-plugin.ts. */
  export const glossary: TooltipEntry[];
  export const sources: Source[];
  /** buildTermIndex(glossary), made at build time (core/finder/packed-index.ts). */
  export const termIndex: PackedTermIndex;
}

declare module 'virtual:content-prefilter' {
  /** prefilterSource(buildTermIndex(glossary)), made at build time (core/finder/prefilter.ts). */
  export const prefilterSource: string;
}
