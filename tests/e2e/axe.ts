/** axe-core in a real page: the WCAG 2.2 AA rules every browser test holds the app to. */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

/** The ids of the rules the page (or the part under `include`) breaks; empty when it meets them all. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS)
  const results = await (include ? builder.include(include) : builder).analyze()
  return results.violations.map((violation) => violation.id)
}
