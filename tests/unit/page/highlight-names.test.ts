import { describe, expect, it } from 'vitest';
import { createHighlightNames } from '../../../page/highlight-styles';

/** What a page could match on: the product's name, its build tool, or any word. */
const READABLE = /immuunwijzer|wxt|mark|highlight|underline|background|active|[aeiouy]/;

describe('createHighlightNames', () => {
  it('makes four different names, each a plain CSS identifier with no word in it', () => {
    const { names } = createHighlightNames();
    const all = [names.underline, names.background, names.active, names.largePageUnderline];
    expect(new Set(all).size).toBe(4);
    for (const name of all) {
      expect(name).toMatch(/^[a-z][a-z0-9]{7}$/);
      expect(name).not.toMatch(READABLE);
    }
  });

  it('makes new names every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) for (const name of Object.values(createHighlightNames().names)) seen.add(name);
    expect(seen.size).toBe(400);
  });

  it('styles exactly its own names, in the normal and in the forced-colours rules', () => {
    const { names, css } = createHighlightNames();
    const [normal, forced] = css.split('@media (forced-colors: active)');
    for (const block of [normal!, forced!]) {
      const styled = [...block.matchAll(/::highlight\(([^)]*)\)/g)].map((match) => match[1]);
      expect(styled).toEqual([names.underline, names.largePageUnderline, names.background, names.active]);
    }
    expect(css).not.toMatch(/immuunwijzer/);
  });

  it('draws the large-page stand-in of the underline without any text decoration (it would make every layout of a big page slow)', () => {
    const { names, css } = createHighlightNames();
    const rules = [...css.matchAll(new RegExp(`::highlight\\(${names.largePageUnderline}\\) \\{([^}]*)\\}`, 'g'))].map((match) => match[1]!);
    expect(rules).toHaveLength(2);
    for (const rule of rules) {
      expect(rule).toMatch(/background-color/);
      expect(rule).not.toMatch(/text-decoration/);
    }
  });
});
