import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { composeExportSvg } from '../../../src/charts/composeExportSvg';
import { CHART_FONT_FAMILY } from '../../../src/charts/chartFont';
import { chartDocument } from './chartDocument';
import { jobsByDistrictLine, documentsByKindCell, jobsByYearFacetBar } from './charts';

function parse(markup: string): Document {
  const doc = new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document;
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('composeExportSvg', () => {
  it('flattens a figure (swatch legend, plot, no HTML left) into one standalone SVG', () => {
    const svg = composeExportSvg(jobsByDistrictLine(chartDocument()));
    const doc = parse(svg.markup);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('font-family')).toBe(CHART_FONT_FAMILY);
    expect(root.querySelectorAll('div, span, figure, h2, figcaption')).toHaveLength(0);
    expect([...root.querySelectorAll(':scope > g > text')].map((t) => t.textContent)).toEqual([
      '闵行区',
      '普陀区',
      '金山区',
    ]);
    expect(svg.width).toBe(640);
    expect(svg.height).toBeGreaterThan(360);
  });

  it('keeps the title as text and needs nothing from the network', () => {
    const svg = composeExportSvg(documentsByKindCell(chartDocument()));
    expect(parse(svg.markup).querySelector('text[font-weight="bold"]')?.textContent).toBe('各文件的数量类型');
    expect(svg.markup.replaceAll('http://www.w3.org/', '')).not.toMatch(/https?:|@font-face|url\(/);
  });

  it('puts a white ground under a bare SVG chart', () => {
    const svg = composeExportSvg(jobsByYearFacetBar(chartDocument()));
    const ground = parse(svg.markup).documentElement.firstElementChild!;
    expect([ground.tagName, ground.getAttribute('fill'), ground.getAttribute('width')]).toEqual([
      'rect',
      'white',
      String(svg.width),
    ]);
  });
});
