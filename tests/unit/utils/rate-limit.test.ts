import { describe, expect, it } from 'vitest';
import { createRateLimit } from '../../../utils/rate-limit';

describe('createRateLimit', () => {
  it('allows a burst, then one per interval', () => {
    let now = 0;
    const allowed = createRateLimit(3, 2000, () => now);
    const first = Array.from({ length: 30 }, () => allowed());
    expect(first.filter(Boolean)).toHaveLength(3);
    now = 1999;
    expect(allowed()).toBe(false);
    now = 2000;
    expect(allowed()).toBe(true);
    expect(allowed()).toBe(false);
    now = 60_000;
    expect([allowed(), allowed(), allowed(), allowed()]).toEqual([true, true, true, false]);
  });
});
