// A CodeMirror extension that underlines the span a server error points at (independent of the
// editor's own linter, which would otherwise replace it); any edit clears the mark.
import { StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Sets (range) or clears (null) the server-error mark. */
export const setErrorMark = StateEffect.define<{ from: number; to: number; message: string } | null>();

const mark = (message: string) => Decoration.mark({ class: 'cm-server-error', attributes: { title: message, 'aria-invalid': 'true' } });

/** The state field holding the mark; add it to the editor's extensions. */
export const errorMarkField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    if (transaction.docChanged) return Decoration.none;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorMark)) continue;
      if (!effect.value) return Decoration.none;
      const { from, to, message } = effect.value;
      const ranges: Range<Decoration>[] = [mark(message).range(from, Math.max(to, from + 1))];
      return Decoration.set(ranges);
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});
