import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView } from '@codemirror/view';

/** Sets (a position) or clears (null) the error mark in a SQL editor. */
export const setErrorMark = StateEffect.define<number | null>();

const mark = Decoration.mark({ class: 'cm-sql-error', attributes: { 'aria-invalid': 'true' } });

/** Underlines the token where DuckDB reported an error; any edit clears it. */
export function errorMarkField(): Extension {
  return StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(marks, tr) {
      if (tr.docChanged) return Decoration.none;
      for (const effect of tr.effects)
        if (effect.is(setErrorMark)) return markAt(tr.state.doc.toString(), effect.value);
      return marks;
    },
    provide: (field) => EditorView.decorations.from(field),
  });
}

function markAt(text: string, position: number | null): DecorationSet {
  if (position === null || position < 0 || position > text.length) return Decoration.none;
  const from = Math.min(position, Math.max(0, text.length - 1));
  const end = /^[\p{L}\p{N}_".]+/u.exec(text.slice(from))?.[0].length ?? 1;
  return Decoration.set([mark.range(from, Math.min(text.length, from + Math.max(1, end)))]);
}
