import { CHART_FONT_FAMILY, CHART_FONT_SIZE } from './chartFont';
import { labelWidth } from './labelWidth';

const SVG_NS = 'http://www.w3.org/2000/svg';
const GAP = 8;

/** A chart as one standalone SVG document, with its size. */
export interface ExportSvg {
  markup: string;
  width: number;
  height: number;
}

/**
 * Flattens a Plot element into one standalone SVG: a figure's title, swatch legend, ramp legend, plot and caption
 * stacked on a white ground, text in the CJK font stack by name only, so it renders offline and in an <img>.
 */
export function composeExportSvg(element: Element): ExportSvg {
  const doc = element.ownerDocument;
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('font-family', CHART_FONT_FAMILY);
  root.setAttribute('font-size', String(CHART_FONT_SIZE));
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('fill', 'white');
  root.append(background);
  let y = 0;
  let width = 0;
  for (const part of exportParts(element)) {
    const placed = placePart(part, y);
    if (!placed) continue;
    root.append(placed.node);
    y += placed.height + GAP;
    width = Math.max(width, placed.width);
  }
  const height = Math.max(1, y - GAP);
  for (const [name, value] of [
    ['width', width],
    ['height', height],
    ['viewBox', `0 0 ${width} ${height}`],
  ] as const)
    root.setAttribute(name, String(value));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  return { markup: new doc.defaultView!.XMLSerializer().serializeToString(root), width, height };
}

function exportParts(element: Element): Element[] {
  return element.tagName.toLowerCase() === 'svg' ? [element] : [...element.children];
}

function placePart(part: Element, y: number): { node: Element; width: number; height: number } | null {
  const tag = part.tagName.toLowerCase();
  if (tag === 'svg') return nestSvg(part, y);
  if (tag === 'h2' || tag === 'h3') return textLine(part, y, tag === 'h2' ? 18 : 14, tag === 'h2' ? 'bold' : 'normal');
  if (tag === 'figcaption') return textLine(part, y, CHART_FONT_SIZE, 'normal');
  if (part.querySelector(':scope > span svg')) return swatches(part, y);
  return null;
}

function nestSvg(svg: Element, y: number) {
  const node = svg.cloneNode(true) as Element;
  const width = Number(svg.getAttribute('width')) || 640;
  const height = Number(svg.getAttribute('height')) || 400;
  node.setAttribute('x', '0');
  node.setAttribute('y', String(y));
  node.setAttribute('font-family', CHART_FONT_FAMILY);
  return { node, width, height };
}

function textLine(part: Element, y: number, size: number, weight: string) {
  const node = part.ownerDocument.createElementNS(SVG_NS, 'text');
  const content = part.textContent?.trim() ?? '';
  node.textContent = content;
  Object.entries({ x: '0', y: String(y + size), 'font-size': String(size), 'font-weight': weight }).forEach(([k, v]) =>
    node.setAttribute(k, v),
  );
  return { node, width: Math.ceil(labelWidth(content) * size), height: Math.ceil(size * 1.4) };
}

function swatches(legend: Element, y: number) {
  const doc = legend.ownerDocument;
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('transform', `translate(0,${y})`);
  let x = 0;
  for (const swatch of legend.querySelectorAll(':scope > span')) {
    const color =
      swatch.querySelector('[fill]:not(svg)')?.getAttribute('fill') ??
      swatch.querySelector('[stroke]')?.getAttribute('stroke') ??
      'currentColor';
    const label = swatch.textContent?.trim() ?? '';
    group.append(svgElement(doc, 'rect', { x, y: 0, width: 15, height: 15, fill: color }));
    const text = svgElement(doc, 'text', { x: x + 20, y: 12 });
    text.textContent = label;
    group.append(text);
    x += 20 + Math.ceil(labelWidth(label) * CHART_FONT_SIZE) + 16;
  }
  return { node: group, width: x, height: 18 };
}

function svgElement(doc: Document, tag: string, attributes: Record<string, string | number>): Element {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}
