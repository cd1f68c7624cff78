/**
 * Untrusted links and input: the page's Content-Security-Policy, hostile Markdown in notes, SQL that tries to
 * reach the network or the file system, and share links built to break the decoder. Every browser here runs
 * behind a trap that records any connection to another host.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../src/cli/serveStatic';
import { defaultNotebook } from '../../src/notebook/defaultNotebook';
import type { NotebookDoc } from '../../src/notebook/types';
import { toBase64Url } from '../../src/share/base64url';
import { encodeNotebook, MAX_DECODED_BYTES, MAX_ENCODED_CHARS } from '../../src/share/codec';
import { gzip } from '../../src/share/gzip';
import {
  BUILD_TIMEOUT_MS,
  ensureBuild,
  type ForeignTrap,
  gridTexts,
  launchBrowser,
  replaceSql,
  serveDist,
  startForeignTrap,
  waitForNotebook,
  waitForOfflineReady,
  watchedContext,
  type WatchedContext,
} from './harness';

let browser: Browser;
let trap: ForeignTrap;
let server: StaticServer;

beforeAll(async () => {
  await ensureBuild();
  trap = await startForeignTrap();
  browser = await launchBrowser({ trap });
  server = await serveDist();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  expect(trap.hits, 'connections to any other host').toEqual([]);
  expect(
    server.log.filter((r) => !new URL(r.url, server.origin).pathname.startsWith('/tools/notebook/')).map((r) => r.url),
  ).toEqual([]);
  await browser?.close();
  await server?.close();
  await trap?.close();
});

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
};

async function watched(): Promise<WatchedContext> {
  const ctx = await watchedContext(browser, server.origin);
  await ctx.context.addInitScript(RECORD_VIOLATIONS);
  return ctx;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('Content-Security-Policy', () => {
  it('lets the whole default notebook run with no violation, and blocks injected scripts, handlers, eval and foreign connections', async () => {
    const ctx = await watched();
    const page = await ctx.open(server.url);
    await waitForNotebook(page);
    await expect.poll(() => page.locator('[data-cell-type="chart"] svg').count()).toBeGreaterThan(5);
    await page.waitForTimeout(500);
    expect(await violations(page)).toEqual([]);
    expect(ctx.errors).toEqual([]);
    expect(ctx.foreign).toEqual([]);

    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { __pwned?: string[] };
      w.__pwned = [];
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="x-missing.png" onerror="window.__pwned.push(\'handler\')"><a id="js" href="javascript:window.__pwned.push(\'href\')">x</a>',
      );
      const script = document.createElement('script');
      script.textContent = "window.__pwned.push('inline')";
      document.head.append(script);
      (document.getElementById('js') as HTMLAnchorElement).click();
      // A string timer is compiled in the page's own task, where the policy's ban on eval applies (code run by
      // the test driver itself is exempt, so new Function here would prove nothing).
      (setTimeout as (code: string, ms: number) => number)("window.__pwned.push('eval')", 0);
      const fetched = await fetch('https://example.org/').then(
        () => 'reached',
        (e: Error) => e.name,
      );
      await new Promise((r) => setTimeout(r, 300));
      return { pwned: w.__pwned, fetched };
    });
    expect(outcome).toEqual({ pwned: [], fetched: 'TypeError' });
    expect(new Set((await violations(page)).map((v) => v.split(' ')[0]))).toEqual(
      new Set(['script-src-attr', 'script-src-elem', 'script-src', 'connect-src']),
    );
  });
});

const XSS_NOTES = [
  '<script>window.__xss = "script"</script>',
  '<img src="data:image/png;base64,AA==" onerror="window.__xss = \'img\'">',
  '<svg><script>window.__xss = "svg"</script></svg><svg onload="window.__xss = \'svgload\'"></svg>',
  '[click](javascript:window.__xss="link")',
  '[tab](java\tscript:window.__xss="tab")',
  '<a href="JaVaScRiPt:window.__xss=1">mixed case</a>',
  '<a href="&#106;avascript:window.__xss=1">entity</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<object data="data:text/html,<script>parent.__xss=1</script>"></object><embed src="data:text/html,x">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<details open ontoggle="window.__xss=\'toggle\'">d</details>',
  '<math><mtext><table><mglyph><style><img src="data:image/png;base64,AA==" onerror="window.__xss=\'mxss\'"></style></mglyph></table></mtext></math>',
  '<style>body{display:none}</style><base href="https://example.org/"><meta http-equiv="refresh" content="0;url=https://example.org/">',
  '![pixel](https://example.org/track.png) ![svg](data:image/svg+xml,<svg onload=alert(1)>)',
  '<div style="background:url(javascript:alert(1))" data-x="1" onclick="window.__xss=\'click\'">plain text survives</div>',
];

const EXPECTED_WHILE_SANITISING = new Set([
  'script-src-attr inline',
  'base-uri https://example.org/',
  'img-src https://example.org/track.png',
]);

async function expectInertNotes(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  const report = await page.evaluate(() => {
    const notes = [...document.querySelectorAll('[data-cell-type="note"]')];
    const all = notes.flatMap((n) => [...n.querySelectorAll('*')]);
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      tags: [
        ...new Set(
          all
            .map((e) => e.tagName.toLowerCase())
            .filter((t) =>
              ['script', 'iframe', 'object', 'embed', 'form', 'style', 'base', 'meta', 'frame'].includes(t),
            ),
        ),
      ],
      handlers: all.flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}.${a.name}`),
      ),
      urls: all.flatMap((e) =>
        ['href', 'src', 'xlink:href', 'action', 'data']
          .map((a) => e.getAttribute(a) ?? '')
          .filter((v) =>
            /^\s*(javascript|vbscript|data:(?!image\/(png|jpe?g|gif|webp)))/i.test(v.replace(/[\u0000-\u0020]/g, '')),
          ),
      ),
      base: document.baseURI,
    };
  });
  expect(report).toEqual({ xss: null, tags: [], handlers: [], urls: [], base: expect.stringContaining(server.url) });
}

describe('hostile Markdown in notes', () => {
  it('renders notes from a shared link without running anything, and keeps their text', async () => {
    const ctx = await watched();
    const dialogs: string[] = [];
    ctx.context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
    const doc: NotebookDoc = {
      title: 'xss',
      dataVersion: null,
      cells: XSS_NOTES.map((markdown, i) => ({ id: `n${i}`, type: 'note', markdown })),
    };
    const page = await ctx.open(`${server.url}#nb=${await encodeNotebook(doc)}`);
    await waitForNotebook(page);
    expect(await page.locator('[data-cell-type="note"]').count()).toBe(XSS_NOTES.length);
    await expectInertNotes(page);
    expect(await page.locator('[data-cell-id="n14"]').innerText()).toContain('plain text survives');
    expect(dialogs).toEqual([]);
    // Beyond the sanitiser, the policy stops the remote image it lets through as an ordinary image. It also
    // reports the handlers and <base> DOMPurify meets while parsing the note in its inert document (nothing
    // there can run); no other kind of violation may appear.
    const seen = new Set(await violations(page));
    expect(seen.has('img-src https://example.org/track.png')).toBe(true);
    expect([...seen].filter((v) => !EXPECTED_WHILE_SANITISING.has(v))).toEqual([]);
    expect(ctx.errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
    expect(ctx.foreign).toEqual([]);
  });

  it('renders a note typed in the editor just as safely', async () => {
    const ctx = await watched();
    const page = await ctx.open(server.url);
    await waitForNotebook(page);
    const note = page.locator('[data-cell-type="note"]').first();
    await note.getByRole('button', { name: /^(编辑|Edit)$/ }).click();
    await note.locator('textarea').fill(XSS_NOTES.filter((n) => !n.includes('track.png')).join('\n\n'));
    await note.getByRole('button', { name: /^(完成|Done)$/ }).click();
    await expectInertNotes(page);
    expect((await violations(page)).filter((v) => !EXPECTED_WHILE_SANITISING.has(v))).toEqual([]);
    expect(ctx.errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
  });
});

const NETWORK_AND_FILES = [
  "SELECT * FROM read_csv('https://example.org/x.csv')",
  "SELECT * FROM read_json('https://example.org/x.json')",
  "SELECT * FROM 'https://example.org/x.csv'",
  "SELECT * FROM read_csv('SAME_ORIGIN')",
  "SELECT * FROM read_text('/etc/passwd')",
  "SELECT * FROM glob('/*')",
  'INSTALL httpfs',
  'LOAD httpfs',
  'INSTALL parquet',
  'LOAD parquet',
  "ATTACH 'https://example.org/x.duckdb' AS remote",
  "ATTACH 'local.duckdb' AS local_file",
  "COPY (SELECT 1 AS one) TO 'out.csv'",
  'SET enable_external_access = true',
  'SET autoinstall_known_extensions = true',
  "SET custom_extension_repository = 'https://example.org'",
];

describe('SQL cannot reach the network or files', () => {
  it('answers each attempt with a clear error in the cell, sends no request, and the notebook keeps working', async () => {
    const ctx = await watched();
    const page = await ctx.open(server.url);
    await waitForNotebook(page);
    await waitForOfflineReady(page);
    const served = server.log.length;
    const answers: string[] = [];
    for (const template of NETWORK_AND_FILES) {
      const sql = template.replace('SAME_ORIGIN', `${server.url}data/manifest.json`);
      await replaceSql(page, 'docs', sql);
      expect(await page.locator('[data-cell-id="docs"]').getAttribute('data-cell-status'), sql).toBe('error');
      const message = (await page.locator('[data-cell-id="docs"] .error').innerText()).trim();
      answers.push(`${sql}\n    → ${message.split('\n')[0]}`);
      expect(message, sql).toMatch(
        /disabled|not allowed|permission|locked|cannot|not in the catalog|not found|unable|does not exist|Invalid Input|IO Error/i,
      );
    }
    console.log(`SQL that tries to leave the page:\n${answers.join('\n')}`);
    // Chromium fetches the page icon again whenever the address changes (each run writes the notebook into it).
    const fromSql = server.log.slice(served).filter((r) => !/\/assets\/icon-[\w-]+\.svg$/.test(r.url));
    expect(
      fromSql.map((r) => r.url),
      "requests to the page's own host from SQL",
    ).toEqual([]);
    expect(ctx.foreign).toEqual([]);
    await replaceSql(page, 'docs', 'SELECT count(*) AS n FROM documents');
    expect(await gridTexts(page, 'docs')).toEqual(['5']);
    expect(ctx.errors).toEqual([]);
  });
});

async function v1Json(json: string): Promise<string> {
  return `v1.${toBase64Url(await gzip(new TextEncoder().encode(json)))}`;
}

describe('hostile share links', () => {
  it('opens each with a clear message and an empty, working notebook, never a blank page or a console error', async () => {
    const good = await encodeNotebook(defaultNotebook('x'));
    const links: [string, string, RegExp][] = [
      ['truncated', good.slice(0, Math.floor(good.length / 2)), /cut short|damaged/],
      [
        'one character changed',
        `${good.slice(0, 40)}${good[40] === 'A' ? 'B' : 'A'}${good.slice(41)}`,
        /damaged|cut short|not valid/,
      ],
      ['future version', `v9.${good.slice(3)}`, /newer version of this notebook \(v9\)/],
      ['no version', good.slice(3), /no version mark/],
      ['oversized', `v1.${'A'.repeat(MAX_ENCODED_CHARS + 1)}`, /longer than/],
      ['gzip bomb', await v1Json(`{"title":"${'a'.repeat(MAX_DECODED_BYTES * 2)}"}`), /larger than/],
      [
        'wrong shape',
        await v1Json('{"title":"t","dataVersion":null,"cells":[{"id":"a","type":"script","src":"x"}]}'),
        /not valid: cell 1/,
      ],
      ['not JSON', await v1Json('<script>alert(1)</script>'), /not JSON/],
      ['garbage', '%E0%A4%A<script>', /no version mark/],
      ['empty', '', /no version mark/],
    ];
    const ctx = await watched();
    for (const [name, payload, reason] of links) {
      const page = await ctx.open(`${server.url}#nb=${payload}`);
      await waitForNotebook(page);
      const notice = await page.locator('.notice').first().innerText();
      expect(notice, name).toMatch(/链接无法打开/);
      expect(notice, name).toMatch(reason);
      expect(await page.locator('[data-cell-id]').count(), name).toBe(1);
      await replaceSql(page, 'c1', 'SELECT 40 + 2 AS answer');
      expect(await gridTexts(page, 'c1'), name).toEqual(['42']);
      await page.close();
    }
    expect(ctx.errors).toEqual([]);
    expect(ctx.foreign).toEqual([]);
  });
});
