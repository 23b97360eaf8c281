/**
 * At most `burst` actions at once, then one per `intervalMs`: a page or a bug cannot open a
 * flood of tabs, while a reader who opens a few entries in a row never notices it.
 */
export function createRateLimit(burst: number, intervalMs: number, now: () => number = Date.now): () => boolean {
  let tokens = burst;
  let last = now();
  return () => {
    const time = now();
    tokens = Math.min(burst, tokens + (time - last) / intervalMs);
    last = time;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
