import { describe, expect, it } from 'vitest';
import { columnWidths, formatCell, visibleRange } from '../../../src/components/gridLayout';

describe('formatCell', () => {
  it('groups large amounts in thousands', () => {
    expect(formatCell(10653228000)).toBe('10,653,228,000');
    expect(formatCell(43000)).toBe('43,000');
  });
  it('leaves years, line numbers and small amounts as they are', () => {
    expect(formatCell(2023)).toBe('2023');
    expect(formatCell(4.3)).toBe('4.3');
  });
  it('drops float noise', () => expect(formatCell(0.1 + 0.2)).toBe('0.3'));
  it('shows NULL for missing values', () => expect(formatCell(null)).toBe('NULL'));
});

describe('columnWidths', () => {
  it('makes a column wide enough for its longest grouped number', () => {
    const [w] = columnWidths({ columns: [{ name: 'yuan', type: 'DOUBLE' }], rows: [[10653228000]] });
    expect(w).toBeGreaterThanOrEqual('10,653,228,000'.length * 8.5);
  });
  it('counts CJK characters double and caps very long text', () => {
    const [short, long] = columnWidths({
      columns: [
        { name: 'a', type: 'VARCHAR' },
        { name: 'b', type: 'VARCHAR' },
      ],
      rows: [['闵行区', '很'.repeat(200)]],
    });
    expect(short).toBeGreaterThanOrEqual(6 * 8.5);
    expect(long).toBe(420);
  });
});

describe('visibleRange', () => {
  it('draws only the rows in view plus a margin', () => {
    expect(visibleRange(2800, 560, 28, 100_000)).toEqual([92, 128]);
  });
});
