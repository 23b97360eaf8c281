import { Parser } from 'htmlparser2';

/** Elements whose content a reader never sees as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'iframe', 'object']);

/** Elements that start a new line of text in the browser, so words on either side never join. */
const BLOCKS = new Set(
  'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** The text of an HTML document as a reader sees it: hidden elements left out, entities decoded. */
export function visibleText(html: string): string {
  let text = '';
  let hiddenDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (hiddenDepth > 0 || HIDDEN.has(name) || 'hidden' in attributes) hiddenDepth++;
        else if (BLOCKS.has(name) && !text.endsWith('\n')) text += '\n';
      },
      ontext(data) {
        if (hiddenDepth === 0) text += data;
      },
      onclosetag(name, isImplied) {
        if (hiddenDepth > 0) hiddenDepth--;
        else if (BLOCKS.has(name) && !isImplied && !text.endsWith('\n')) text += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return text.trim();
}
