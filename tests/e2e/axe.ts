import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe-core's tags for every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface Violation {
  rule: string;
  targets: string[];
}

/** The WCAG 2.2 AA violations axe finds, short enough to read in a failed assertion. */
export async function wcagViolations(page: Page, options: { include?: string; disable?: string[] } = {}): Promise<Violation[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (options.include) builder = builder.include(options.include);
  if (options.disable) builder = builder.disableRules(options.disable);
  const { violations } = await builder.analyze();
  return violations.map((violation) => ({
    rule: `${violation.id}: ${violation.help}`,
    targets: violation.nodes.map((node) => `${node.target.join(' >>> ')} — ${node.failureSummary ?? ''}`),
  }));
}
