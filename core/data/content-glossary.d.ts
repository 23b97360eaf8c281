declare module 'virtual:content-glossary' {
  import type { EngineTermIndex } from '../finder/packed-index';
  import type { Source, TooltipEntry } from './types';

  /** The glossary without explanations, built by scripts/build/content-glossary-plugin.ts. */
  export const glossary: TooltipEntry[];
  export const sources: Source[];
  /** buildTermIndex(glossary), made at build time, without the prefilter's pattern (core/finder/packed-index.ts). */
  export const termIndex: EngineTermIndex;
}

declare module 'virtual:content-prefilter' {
  /** prefilterSource(buildTermIndex(glossary)), made at build time (core/finder/prefilter.ts). */
  export const prefilterSource: string;
}
