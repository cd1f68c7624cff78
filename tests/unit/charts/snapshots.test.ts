import { describe, it } from 'vitest';
import { chartDocument } from './chartDocument';
import * as charts from './charts';
import { assertGolden } from './assertGolden';

describe('chart snapshots', () => {
  for (const [name, draw] of Object.entries(charts)) {
    it(`${name} matches its golden`, () => {
      assertGolden(name, draw(chartDocument()));
    });
  }
});
