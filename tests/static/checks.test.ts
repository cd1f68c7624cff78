import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs a project tool and returns what it printed, with a failing exit code as part of the output. */
async function tool(command: string, args: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['--no-install', command, ...args], { maxBuffer: 32 << 20 });
    return { ok: true, output: stdout + stderr };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

describe('the sources', () => {
  it('are formatted as Prettier writes them', async () => {
    const { ok, output } = await tool('prettier', ['--check', '.']);
    expect(ok, output).toBe(true);
  });

  it('pass the linter', async () => {
    const { ok, output } = await tool('eslint', ['.']);
    expect(ok, output).toBe(true);
  });

  it('type-check, Svelte components included', async () => {
    const { ok, output } = await tool('svelte-check', ['--tsconfig', './tsconfig.json', '--fail-on-warnings']);
    expect(ok, output).toBe(true);
  });
});
