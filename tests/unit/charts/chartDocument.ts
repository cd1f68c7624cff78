import { JSDOM } from 'jsdom';

/**
 * Creates a DOM for drawing charts in Node. jsdom has no canvas, and Plot paints continuous colour ramps on one;
 * a context that draws nothing and a fixed data URL keep the ramp's SVG deterministic.
 */
export function chartDocument(): Document {
  const { window } = new JSDOM('');
  const context = new Proxy({}, { get: () => () => undefined, set: () => true });
  window.HTMLCanvasElement.prototype.getContext = (() => context) as never;
  window.HTMLCanvasElement.prototype.toDataURL = () => 'data:image/png;base64,';
  return window.document;
}
