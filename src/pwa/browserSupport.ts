/** A browser feature the notebook cannot run without, named for the person reading the explanation. */
export interface MissingFeature {
  id: 'webassembly' | 'worker';
  name: string;
}

/** Returns the features the notebook needs that this browser lacks (none on any current browser). */
export function missingFeatures(scope: object = globalThis): MissingFeature[] {
  const g = scope as { WebAssembly?: { instantiate?: unknown }; Worker?: unknown };
  const missing: MissingFeature[] = [];
  if (typeof g.WebAssembly !== 'object' || g.WebAssembly === null || typeof g.WebAssembly.instantiate !== 'function')
    missing.push({ id: 'webassembly', name: 'WebAssembly' });
  if (typeof g.Worker !== 'function') missing.push({ id: 'worker', name: 'Web Workers' });
  return missing;
}
