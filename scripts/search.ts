// Usage: npm run --silent search -- "QUERY"
// Prints the search results over glossary and FAQ as JSON, best first: [{ type, id, title, match }].
// A medicine only offered as "Bedoel je …?" comes last with "suggestion": true.
import { loadContent } from '../core/data/content';
import { createSearcher } from '../core/search/search';
import { fail, printJson } from './lib/cli';

const query = process.argv.slice(2).join(' ').trim();
if (!query) fail('Gebruik: npm run --silent search -- "ZOEKWOORDEN"');

const searcher = createSearcher(loadContent());
printJson(searcher.search(query).map(({ type, id, title, match, suggestion }) => (suggestion ? { type, id, title, match, suggestion } : { type, id, title, match })));
