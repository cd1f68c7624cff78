import type { NotebookDoc } from '../notebook/types';
import { decodeNotebook, encodeNotebook } from './codec';

const HASH_KEY = 'nb=';

/** What the page's address asks for. */
export type SharedRequest =
  | { kind: 'none' }
  | { kind: 'notebook'; doc: NotebookDoc }
  | { kind: 'sql'; sql: string }
  | { kind: 'error'; error: string };

/** Reads a shared notebook (#nb=v1.…) or a single query (?sql=…) from a URL. */
export async function readSharedRequest(url: URL): Promise<SharedRequest> {
  const hash = url.hash.replace(/^#/, '');
  if (hash.startsWith(HASH_KEY)) {
    const result = await decodeNotebook(hash.slice(HASH_KEY.length));
    return result.ok ? { kind: 'notebook', doc: result.doc } : { kind: 'error', error: result.error };
  }
  const sql = url.searchParams.get('sql');
  if (sql !== null && sql.trim() !== '') return { kind: 'sql', sql };
  return { kind: 'none' };
}

/** Returns the page URL carrying this notebook in its fragment; a ?sql= query is dropped (the notebook holds it). */
export async function shareUrl(base: URL, doc: NotebookDoc): Promise<string> {
  const url = new URL(base.href);
  url.searchParams.delete('sql');
  url.hash = HASH_KEY + (await encodeNotebook(doc));
  return url.href;
}

/** Keeps the address bar in step with the notebook: the last change wins, written after a pause. */
export class UrlSync {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #written = 0;

  constructor(
    private readonly history: Pick<History, 'replaceState' | 'state'>,
    private readonly location: Pick<Location, 'href'>,
    private readonly delayMs = 400,
  ) {}

  /** Schedules writing this notebook into the address bar. */
  schedule(doc: NotebookDoc): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(doc), this.delayMs);
  }

  /** Writes the notebook into the address bar now (replaceState: no history entry per keystroke). */
  async flush(doc: NotebookDoc): Promise<string> {
    const ticket = ++this.#written;
    const href = await shareUrl(new URL(this.location.href), doc);
    if (ticket === this.#written) this.history.replaceState(this.history.state, '', href);
    return href;
  }
}
