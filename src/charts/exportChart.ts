import { composeExportSvg, type ExportSvg } from './composeExportSvg';

/** PNG exports are drawn at twice the chart's size, sharp on high-density screens and in slides. */
export const PNG_SCALE = 2;

/** Downloads a drawn chart as `<name>.svg` or `<name>.png`, without any network request (fonts by name only). */
export async function exportChart(element: Element, format: 'svg' | 'png', name: string): Promise<void> {
  const doc = element.ownerDocument;
  const svg = composeExportSvg(element);
  const blob =
    format === 'svg' ? new Blob([svg.markup], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg, doc);
  saveBlob(blob, `${name}.${format}`, doc);
}

/** Rasterises a standalone SVG through an <img> onto a canvas at PNG_SCALE. */
export async function svgToPng(svg: ExportSvg, doc: Document): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = svg.width * PNG_SCALE;
    canvas.height = svg.height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas, so the PNG could not be made; try SVG.');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function saveBlob(blob: Blob, filename: string, doc: Document): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(doc.createElement('a'), { href: url, download: filename });
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
