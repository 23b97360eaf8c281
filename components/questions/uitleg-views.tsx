import { useEffect, useRef, useState } from 'preact/hooks';
import type { Content } from '../../core/data/types';
import { PageWordsPage } from '../page-words/PageWordsPage';
import { MyQuestionsPage } from './MyQuestionsPage';

export const MY_QUESTIONS_HASH = 'mijn-vragen';
export const PAGE_WORDS_HASH = 'woorden-op-pagina';

/**
 * The uitleg page's two print views, chosen by the address: uitleg.html#mijn-vragen and
 * uitleg.html#woorden-op-pagina. Undefined for every other address: the page shows itself.
 */
export function useUitlegPrintView(content: Content) {
  const [hash, setHash] = useState(() => location.hash.slice(1));
  useEffect(() => {
    const onHash = () => setHash(location.hash.slice(1));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const previous = useRef(hash);
  useEffect(() => {
    // Back from a print view: the entry asked for exists only now that the page is rendered again.
    const fromPrintView = previous.current === MY_QUESTIONS_HASH || previous.current === PAGE_WORDS_HASH;
    previous.current = hash;
    if (fromPrintView && hash) document.getElementById(hash)?.scrollIntoView({ block: 'start' });
  }, [hash]);
  if (hash === MY_QUESTIONS_HASH) return <MyQuestionsPage content={content} />;
  if (hash === PAGE_WORDS_HASH) return <PageWordsPage content={content} />;
  return undefined;
}
