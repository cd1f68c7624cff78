import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GOLDEN = join(import.meta.dirname, 'golden');

/** Puts each tag on its own line so a golden diff points at the element that changed. */
export function prettySvg(markup: string): string {
  return `${markup.replace(/></g, '>\n<')}\n`;
}

/**
 * Compares a chart with golden/<name>.svg (or .html for a figure with legend or caption). A missing golden fails
 * unless UPDATE_GOLDEN=1; a mismatch writes golden/<name>-changed.<ext> beside it for review.
 */
export function assertGolden(name: string, element: Element): void {
  const ext = element.tagName.toLowerCase() === 'svg' ? 'svg' : 'html';
  const path = join(GOLDEN, `${name}.${ext}`);
  const changed = join(GOLDEN, `${name}-changed.${ext}`);
  const markup = element.outerHTML;
  const actual = prettySvg(markup);
  const update = process.env.UPDATE_GOLDEN === '1';
  if (!existsSync(path) && !update)
    throw new Error(`No golden ${path}; run with UPDATE_GOLDEN=1 to create it on purpose.`);
  if (update) {
    writeFileSync(path, actual);
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  if (readFileSync(path, 'utf8') === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(`${name} differs from its golden; compare ${changed} with ${path}.`);
}
