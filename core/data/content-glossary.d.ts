declare module 'virtual:content-glossary' {
  import type { EngineTermIndex } from '../finder/packed-index';
  import type { Source, TooltipEntry } from './types';

  /** The glossary without explanations, built by scripts/build/content-glossary-plugin.ts. */
  export const glossary: TooltipEntry[];
  export const sources: Source[];
  /** buildTermIndex(glossary), made at build time, with only the ambiguous forms' prefilter (core/finder/packed-index.ts). */
  export const termIndex: EngineTermIndex;
}

declare module 'virtual:content-prefilter' {
  import type { PrefilterSource } from '../finder/prefilter';

  /** prefilterSource(buildTermIndex(glossary)) without the ambiguous forms, made at build time (core/finder/prefilter-source.ts). */
  export const prefilterSource: Pick<PrefilterSource, 'lower' | 'exact'>;
}
