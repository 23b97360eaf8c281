import { parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument | HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;
export type HtmlText = Extract<HtmlNode, { type: 'text' }>;

/** Elements whose content a reader never sees as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'iframe', 'object']);

/** Elements that start a new line of text in the browser, so words on either side never join. */
const BLOCKS = new Set(
  'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

export interface VisiblePiece {
  /** Offset of the text node's first character in the visible text. */
  start: number;
  node: HtmlText;
}

export interface VisibleDocument {
  document: HtmlDocument;
  /** What a reader sees, blocks on their own lines, trimmed. */
  text: string;
  /** The text nodes that make up `text`, in order. */
  pieces: VisiblePiece[];
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'attribs' in node;
}

/** Whether a reader sees the element's content (not script, style, head, [hidden], …). */
export function isShown(element: HtmlElement): boolean {
  return !HIDDEN.has(element.name) && !('hidden' in element.attribs);
}

/** The document with its visible text and where each text node lies in it. */
export function readVisibleDocument(html: string): VisibleDocument {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  let text = '';
  const pieces: VisiblePiece[] = [];
  const walk = (node: HtmlNode): void => {
    if (node.type === 'text') {
      pieces.push({ start: text.length, node });
      text += node.data;
      return;
    }
    if (!('children' in node)) return;
    const block = isElement(node) && BLOCKS.has(node.name);
    if (isElement(node) && !isShown(node)) return;
    if (block && !text.endsWith('\n')) text += '\n';
    for (const child of node.children) walk(child);
    if (block && !text.endsWith('\n')) text += '\n';
  };
  walk(document);
  const leading = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const shifted = pieces
    .map((piece) => ({ start: piece.start - leading, node: piece.node }))
    .filter((piece) => piece.start < trimmed.length && piece.start + piece.node.data.length > 0);
  return { document, text: trimmed, pieces: shifted };
}

/** The text of an HTML document as a reader sees it: hidden elements left out, entities decoded. */
export function visibleText(html: string): string {
  return readVisibleDocument(html).text;
}
