// The Cypher editor: CodeMirror 6 with Cypher highlighting, linting and completion from
// @neo4j-cypher/codemirror; Ctrl/Cmd+Enter runs; server errors are underlined where the user typed.
import { Compartment, Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { errorMarkField, setErrorMark } from './error-mark';

export interface CypherEditor {
  value(): string;
  setValue(text: string): void;
  focus(): void;
  /** Marks an error at a character offset (or the whole text when unknown). */
  markError(message: string, offset: number | null): void;
  clearError(): void;
  onChange(listener: (text: string) => void): void;
  /** Names the editor for screen readers (it follows the interface language). */
  setLabel(label: string): void;
  /** Gives completion the database's own names (the lens's labels and relationship types). */
  setSchemaNames(names: { labels: string[]; relationshipTypes: string[] }): void;
}

/** Creates the editor inside `parent`, named `label`; `onRun` is called on Ctrl+Enter / Cmd+Enter. */
export function createEditor(parent: HTMLElement, initial: string, onRun: () => void, label: string): CypherEditor {
  const runKey = Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        run: () => {
          onRun();
          return true;
        },
      },
    ]),
  );
  // The name is one of the editor's own content attributes: set by hand, CodeMirror would see a foreign change to its
  // DOM and read the selection back at once, forcing the page's layout mid-update (a language switch).
  const name = new Compartment();
  const labelled = (text: string) => EditorView.contentAttributes.of({ 'aria-label': text });
  // The package's typings say it returns the API itself; at runtime (1.0.3) it returns { editor: api }.
  const { editor } = createCypherEditor(parent, {
    value: initial,
    lineNumbers: true,
    lineWrapping: true,
    autocomplete: true,
    lint: true,
    theme: 'light',
    placeholder: 'MATCH (p:Entity)-[r]->(q) RETURN p.name, type(r), q.name LIMIT 10',
    preExtensions: [runKey, errorMarkField, name.of(labelled(label))],
  }) as unknown as { editor: EditorApi };
  const view = editor.codemirror;
  return {
    value: () => view.state.doc.toString(),
    setValue: (text) => editor.setValue(text),
    focus: () => view.focus(),
    markError(message, offset) {
      const length = view.state.doc.length;
      const from = offset === null ? 0 : Math.min(Math.max(0, offset), length);
      const wordEnd = view.state.doc.sliceString(from).search(/[\s,)(\]}]/);
      const to = offset === null ? length : Math.min(length, from + Math.max(1, wordEnd === -1 ? length - from : wordEnd));
      if (length === 0) return;
      view.dispatch({
        effects: setErrorMark.of({ from: Math.min(from, length - 1), to: Math.max(to, Math.min(from, length - 1) + 1), message }),
      });
      if (offset !== null) editor.setPosition(from, true);
    },
    clearError() {
      view.dispatch({ effects: setErrorMark.of(null) });
    },
    onChange(listener) {
      editor.onValueChanged((text: string) => listener(text));
    },
    setLabel(text) {
      view.dispatch({ effects: name.reconfigure(labelled(text)) });
    },
    setSchemaNames({ labels, relationshipTypes }) {
      // editor-support matches a label or type with its colon (":Person"), as Neo4j Browser passes them.
      editor.setSchema({ labels: labels.map((l) => `:${l}`), relationshipTypes: relationshipTypes.map((t) => `:${t}`) });
    },
  };
}
