import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import { renderMarkdown } from '../../../src/markdown/renderMarkdown';

const { window } = new JSDOM('');
const render = (md: string) => renderMarkdown(md, window as unknown as WindowLike);

/** Parses rendered HTML and lists what could run: handlers, script-ish URLs, forbidden elements. */
function dangers(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const found: string[] = [];
  for (const el of doc.body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'frame'].includes(tag))
      found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (/^(javascript|vbscript):/.test(value)) found.push(`${tag}[${attr.name}=${value}]`);
      if (value.startsWith('data:') && !(tag === 'img' && attr.name === 'src' && value.startsWith('data:image/png')))
        found.push(`${tag}[${attr.name}=data:]`);
    }
  }
  return found;
}

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '<a href="jAvAsCrIpT:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<svg onload=alert(1)><circle r=5 /></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<iframe src="https://example.com"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<script>alert(1)</script>',
  '<style>body{display:none}</style>',
  '<object data="x.swf"></object>',
  '<embed src="x.swf">',
  '<form action="https://evil.example"><input name=q></form>',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<div onclick="alert(1)" onmouseover="alert(1)">x</div>',
  '<details open ontoggle=alert(1)>x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<button formaction="javascript:alert(1)">x</button>',
  '<video poster="javascript:alert(1)"></video>',
];

describe('renderMarkdown sanitises', () => {
  for (const payload of PAYLOADS) {
    it(`${payload}`, () => expect(dangers(render(payload))).toEqual([]));
  }
});

describe('renderMarkdown keeps what notes need', () => {
  it('renders Chinese headings, emphasis, lists and tables', () => {
    const html = render(
      '# 闵行区\n\n**目标**:新增 *4.3万个* 岗位\n\n- 一\n- 二\n\n| 区 | 数 |\n|---|---|\n| 金山 | 3 |',
    );
    expect(html).toContain('<h1>闵行区</h1>');
    expect(html).toContain('<strong>目标</strong>');
    expect(html).toContain('<li>一</li>');
    expect(html).toContain('<td>金山</td>');
  });

  it('opens links in a new tab without an opener', () => {
    expect(render('[政策](https://www.shanghai.gov.cn/)')).toBe(
      '<p><a href="https://www.shanghai.gov.cn/" target="_blank" rel="noopener noreferrer">政策</a></p>\n',
    );
  });

  it('keeps raster data: images', () => {
    expect(render('![图](data:image/png;base64,iVBORw0KGgo=)')).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('asks for a window when there is no DOM', () => {
    expect(() => renderMarkdown('x', undefined as unknown as WindowLike)).toThrow(/needs a window/);
  });
});
