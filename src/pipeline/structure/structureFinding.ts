import type { Finding, Severity } from '../types';

/** Builds a finding of the structure stage. */
export function structureFinding(rule: string, severity: Severity, line: number, message: string): Finding {
  return { stage: 'structure', rule, severity, line, message };
}
