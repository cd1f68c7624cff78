import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/data/schema';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('documents every table and column analysts can query', () => {
    for (const table of TABLES) {
      const section = readme.split(`### \`${table.name}\``)[1]?.split('\n### ')[0] ?? '';
      expect(section, `no section for ${table.name}`).not.toBe('');
      for (const c of table.columns)
        expect(section, `${table.name}.${c.name}`).toContain(`| \`${c.name}\` | ${c.type} |`);
    }
  });

  it('gives the test command that CI runs', () => {
    const ci = readFileSync(join(import.meta.dirname, '..', '..', '.ci', 'run'), 'utf8');
    expect(readme).toContain('npm test ');
    expect(ci).toMatch(/^npm test$/m);
  });
});
