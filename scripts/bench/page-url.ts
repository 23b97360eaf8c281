/** The generated forum page of about `kb` KB (tests/e2e/server/large-page.ts) on the fixture server. */
export function largePageUrl(origin: string, kb: number): string {
  return `${origin}/large-page.html?kb=${kb}`;
}

/** Page loads of several MB take seconds on a slow machine. */
export const LOAD_TIMEOUT_MS = 120_000;
