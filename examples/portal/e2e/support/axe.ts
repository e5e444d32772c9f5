import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** One line per violation and one per element, so a failure reads without opening a report. */
function describe(violations: AxeViolation[]): string {
  return violations
    .map(({ id, impact, help, nodes }) => [`${id} (${impact ?? 'unknown impact'}): ${help}`, ...nodes.map((node) => `    at ${node.target.join(' ')}`)].join('\n'))
    .join('\n');
}

/** Runs axe-core on the whole page as it is now and fails with every violation listed. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } };
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  expect(describe(violations), `axe found ${violations.length} violation(s) in the state "${state}"`).toBe('');
}
