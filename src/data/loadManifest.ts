import type { Manifest } from './manifest';

/** Fetches data/manifest.json next to the page and checks it is a manifest this app reads. */
export async function loadManifest(baseUrl: string, fetcher: typeof fetch = fetch): Promise<Manifest> {
  const url = new URL('manifest.json', baseUrl).href;
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`manifest.json: HTTP ${response.status}`);
  const manifest = (await response.json().catch(() => null)) as Manifest | null;
  if (!manifest || manifest.format !== 1 || !Array.isArray(manifest.tables))
    throw new Error('manifest.json: not a format-1 data manifest');
  return manifest;
}
