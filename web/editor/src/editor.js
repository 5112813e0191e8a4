// The try-it page's editor: CodeMirror 6 with the same Mojo grammar as Mojito's JupyterLab
// extension (hub/labextension/lib/mojo-language.js). It takes the place of the page's textarea,
// which stays in the form (hidden, kept in sync), so the page works the same without it.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import {
  HighlightStyle, StreamLanguage, bracketMatching, indentOnInput, indentUnit, syntaxHighlighting,
} from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers,
} from '@codemirror/view';
import { classHighlighter, tags as t } from '@lezer/highlight';

import { mojoStreamParser } from '../../../hub/labextension/lib/mojo-language.js';

const mojo = StreamLanguage.define(mojoStreamParser);

const colours = HighlightStyle.define([
  { tag: t.keyword, color: '#7c3aed', fontWeight: '600' },
  { tag: [t.typeName, t.atom], color: '#0d7a5f' },
  { tag: t.definition(t.variableName), color: '#1d4ed8' },
  { tag: t.string, color: '#b45309' },
  { tag: t.number, color: '#0e7490' },
  { tag: t.comment, color: '#6b7280', fontStyle: 'italic' },
  { tag: t.meta, color: '#be185d' },
  { tag: t.operator, color: '#374151' },
  { tag: t.standard(t.variableName), color: '#0369a1' },
]);

function attach() {
  const textarea = document.getElementById('source');
  if (!textarea || textarea.dataset.editor) return;
  textarea.dataset.editor = 'codemirror';
  const run = () => {
    const button = document.getElementById('run');
    if (button) button.click();
    return true;
  };
  // In a shadow root: CodeMirror's styles then go to an adopted stylesheet, which the site's CSP
  // (style-src 'self', no inline <style>) allows; in the document they would be a <style> tag.
  const host = document.createElement('div');
  host.className = 'try-editor';
  const shadow = host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root: shadow,
    parent: shadow,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(), history(),
        bracketMatching(), indentOnInput(), indentUnit.of('    '), EditorState.tabSize.of(4),
        mojo, syntaxHighlighting(colours), syntaxHighlighting(classHighlighter),
        keymap.of([{ key: 'Mod-Enter', run }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) textarea.value = update.state.doc.toString();
        }),
        EditorView.contentAttributes.of({ 'aria-label': 'Program', spellcheck: 'false' }),
        EditorView.theme({
          '&': { border: '1px solid #98a2b3', borderRadius: '0.3rem', background: '#fff', fontSize: '14px' },
          '&.cm-focused': { outline: '3px solid #f5b700', outlineOffset: '2px' },
          '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace', minHeight: '24rem',
            maxHeight: '40rem', lineHeight: '1.45' },
          '.cm-gutters': { background: '#f7f8fa', color: '#5b6576', borderRight: '1px solid #dde2e8' },
        }),
      ],
    }),
  });
  textarea.hidden = true;
  textarea.parentNode.insertBefore(host, textarea);
  // try.js talks to whichever editor is there: the textarea, or this one.
  window.mojitoEditor = {
    setValue(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    jumpTo(line, col) {
      const l = view.state.doc.line(Math.max(1, Math.min(line, view.state.doc.lines)));
      const pos = Math.min(l.to, l.from + Math.max(0, col - 1));
      view.dispatch({ selection: { anchor: pos, head: Math.min(l.to, pos + 1) }, scrollIntoView: true });
      view.focus();
    },
    view,
  };
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attach);
else attach();
