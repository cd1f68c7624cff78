import createDOMPurify, { type WindowLike } from 'dompurify';
import { Marked } from 'marked';

const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
];
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'srcset', 'background'];
// Browsers ignore tabs, newlines and control characters inside a URL scheme (java\tscript:), so strip them before testing.
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Renders a note's Markdown to sanitised HTML: no scripts, styles, frames, plugins or forms, no event handlers,
 * no javascript:/vbscript:/data: URLs (except data:image on images); links open in a new tab without an opener.
 */
export function renderMarkdown(markdown: string, window: WindowLike = globalThis.window): string {
  const html = new Marked({ gfm: true, breaks: false }).parse(markdown, { async: false });
  if (!window?.document)
    throw new Error('renderMarkdown needs a window (a DOM) to sanitise with; pass one outside the browser.');
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (/^on/i.test(data.attrName)) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value !== null && !isSafeUrl(value, node.tagName, name)) node.removeAttribute(name);
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purify.sanitize(html, { FORBID_TAGS, ADD_ATTR: ['target'], ALLOW_DATA_ATTR: false });
}

function isSafeUrl(value: string, tag: string, attribute: string): boolean {
  const url = value.replace(IGNORED_IN_SCHEME, '').toLowerCase();
  if (/^(javascript|vbscript):/.test(url)) return false;
  if (!url.startsWith('data:')) return true;
  // Raster images only: an SVG data URL carries markup of its own.
  return tag === 'IMG' && attribute === 'src' && /^data:image\/(png|jpe?g|gif|webp|avif);/.test(url);
}
