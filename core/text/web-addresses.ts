import { CharKind, charKind } from './characters';

/**
 * Printed web addresses and e-mail addresses (https://…, www.…, naam@host.nl, kanker.nl/nivolumab).
 * A word inside one is part of a name, not prose, so the finder never marks it.
 *
 * Checked per whitespace-delimited token and only where the finder has a match, so the cost is
 * one look at the few tokens that hold a term, not a pattern over the whole page.
 */

/** Longest stretch looked at on either side of a match; longer tokens are not addresses people read. */
const MAX_TOKEN_REACH = 512;

export interface Token {
  start: number;
  end: number;
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** The run of non-space characters around `position`. */
export function tokenAround(text: string, position: number): Token {
  let start = position;
  const lowest = Math.max(0, position - MAX_TOKEN_REACH);
  while (start > lowest && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = position;
  const highest = Math.min(text.length, position + MAX_TOKEN_REACH);
  while (end < highest && !isSpace(text.charCodeAt(end))) end++;
  return { start, end };
}

/** Punctuation a sentence puts around an address: "(zie www.x.nl)." */
const OPENING = /^[("'“‘«<[]+/u;
const CLOSING = /[)"'”’»>\].,;:!?]+$/u;
/** scheme://…, www.…, mailto:… ("://" anywhere: a long token may be cut off before its scheme). */
const EXPLICIT = /:\/\/|^www\d?\.|mailto:/i;
/** someone@host.tld */
const EMAIL = /^[^@\s]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,24}$/iu;
/**
 * A bare domain, optionally with a path: kanker.nl, kanker.nl/nivolumab, lareb.nl:443/x. The top
 * level is lower case (2–24 letters) so "nivolumab.Daarna", a missing space, is still prose.
 */
const BARE_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,24}(?:[/:?#]\S*)?$/u;

/** Cheap exit for the ordinary word: an address holds ":", "@" or "/", or a dot with more after it. */
function mayBeAddress(text: string, token: Token): boolean {
  for (let index = token.start; index < token.end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x3a || code === 0x40 || code === 0x2f) return true;
    if (code === 0x2e && index + 1 < token.end && charKind(text.charCodeAt(index + 1)) === CharKind.Word) return true;
  }
  return false;
}

/** Whether the token is a web or e-mail address as printed in text. */
export function isWebAddress(text: string, token: Token): boolean {
  if (!mayBeAddress(text, token)) return false;
  const trimmed = text.slice(token.start, token.end).replace(OPENING, '').replace(CLOSING, '');
  return EXPLICIT.test(trimmed) || EMAIL.test(trimmed) || BARE_DOMAIN.test(trimmed);
}
