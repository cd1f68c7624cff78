import { timed } from './timed';
import { readPrecomputed, type PrecomputedResults } from '../notebook/precomputed';

/**
 * Fetches data/precomputed.json: the default notebook's results as the build computed them. Missing or
 * unreadable means no early results, never an error: the engine computes everything anyway.
 */
export function loadPrecomputed(baseUrl: string, fetcher: typeof fetch = fetch): Promise<PrecomputedResults | null> {
  return timed('precomputed', async () => {
    try {
      const response = await fetcher(new URL('precomputed.json', baseUrl).href);
      return response.ok ? readPrecomputed(await response.json()) : null;
    } catch {
      return null;
    }
  });
}
