/**
 * How a SQL editor takes over from the text shown in its place: the text as edited meanwhile, the selection as
 * points on screen (the two lay text out identically, so a point names the same character in both), and an
 * insert the schema browser asked for.
 */
export interface EditorStart {
  text?: string;
  anchor?: number | { x: number; y: number };
  head?: number | { x: number; y: number };
  insert?: string;
}

/** Reads the selection inside `content` as editor positions or screen points, for EditorStart. */
export function selectionIn(content: HTMLElement, length: number): Pick<EditorStart, 'anchor' | 'head'> {
  const selection = content.ownerDocument.getSelection();
  if (!selection?.rangeCount || !selection.anchorNode || !content.contains(selection.anchorNode)) return {};
  return {
    anchor: placeOf(selection.anchorNode, selection.anchorOffset, length),
    head: placeOf(selection.focusNode ?? selection.anchorNode, selection.focusOffset, length),
  };
}

// A caret between elements has no box of its own: at the start it is position 0, anywhere else the end.
function placeOf(node: Node, offset: number, length: number): EditorStart['anchor'] {
  if (node.nodeType !== Node.TEXT_NODE) return offset === 0 && !node.previousSibling ? 0 : length;
  const range = node.ownerDocument!.createRange();
  range.setStart(node, offset);
  const box = range.getClientRects()[0];
  return box ? { x: box.left, y: box.top + box.height / 2 } : length;
}
