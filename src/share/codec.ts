import type { NotebookDoc } from '../notebook/types';
import { fromBase64Url, toBase64Url } from './base64url';
import { gunzip, gzip, TooLarge } from './gzip';
import { validateDoc } from './validateDoc';

/** The outcome of reading a link: a notebook, or a message saying why not. Never an exception. */
export type DecodeResult = { ok: true; doc: NotebookDoc } | { ok: false; error: string };

/** Limits on what a link may carry: longer than browsers keep, or bigger than any real notebook. */
export const MAX_ENCODED_CHARS = 500_000;
export const MAX_DECODED_BYTES = 2_000_000;

interface PayloadVersion {
  /** Turns the payload (after the "vN." prefix) into a notebook or an error message. */
  decode(data: string): Promise<DecodeResult>;
}

/**
 * Every payload version ever written. Links live for years: add a version beside the others, never change
 * an old one. Encoding always writes CURRENT.
 */
export const VERSIONS: Record<string, PayloadVersion> = {
  v1: { decode: decodeV1 },
};
export const CURRENT = 'v1';

/** Encodes a notebook as "v1.<base64url(gzip(JSON))>". */
export async function encodeNotebook(doc: NotebookDoc): Promise<string> {
  const json = JSON.stringify({ title: doc.title, dataVersion: doc.dataVersion, cells: doc.cells });
  return `${CURRENT}.${toBase64Url(await gzip(new TextEncoder().encode(json)))}`;
}

/** Decodes a payload of any known version; bad input gives { ok: false, error }, never a throw. */
export async function decodeNotebook(payload: string): Promise<DecodeResult> {
  try {
    if (typeof payload !== 'string' || payload.length > MAX_ENCODED_CHARS)
      return fail(`the link is longer than ${MAX_ENCODED_CHARS} characters`);
    const dot = payload.indexOf('.');
    const version = dot > 0 ? payload.slice(0, dot) : '';
    if (!/^v\d+$/.test(version)) return fail('the link has no version mark (v1.…)');
    const decoder = Object.hasOwn(VERSIONS, version) ? VERSIONS[version] : undefined;
    if (!decoder)
      return fail(
        `the link was made by a newer version of this notebook (${version}); this page reads ${Object.keys(VERSIONS).join(', ')}`,
      );
    return await decoder.decode(payload.slice(dot + 1));
  } catch (error) {
    return fail(`the link could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function decodeV1(data: string): Promise<DecodeResult> {
  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length === 0) return fail('the link is damaged (not base64url)');
  let json: Uint8Array;
  try {
    json = await gunzip(bytes, MAX_DECODED_BYTES);
  } catch (error) {
    return fail(
      error instanceof TooLarge
        ? `the notebook is ${error.message}`
        : 'the link is damaged or cut short (gzip data incomplete)',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail('the link is damaged (not JSON)');
  }
  const checked = validateDoc(value);
  return 'doc' in checked
    ? { ok: true, doc: checked.doc }
    : fail(`the notebook in the link is not valid: ${checked.error}`);
}

function fail(error: string): DecodeResult {
  return { ok: false, error };
}
