// Mojito's JupyterLab extension (prebuilt by `npm run build` into hub/labextensions/, loaded by
// the single-user server through --LabApp.extra_labextensions_path; no Node at run time).
//
// - A CodeMirror 6 language for Mojo (keywords of Mojo 1.2 and the 2023 dialect, decorators,
//   `comptime`, the `^` transfer sigil, t-strings, standard types), registered as `mojo`
//   (the kernel's language_info names it), so notebook cells are highlighted as Mojo.
// - File > Share Notebook and a context-menu item: publish a read-only snapshot on the website
//   (`POST /api/v1/shares`, same origin, the website's session cookie) and show the `/s/ID` link.
// - `?mojito-import=ID` in the lab URL ("Open a copy in my workspace" on a share page): fetch
//   `/s/ID.ipynb`, save it under `shared/`, open it.
import { LanguageSupport, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { classHighlighter } from '@lezer/highlight';
import { Clipboard, Dialog, showDialog } from '@jupyterlab/apputils';
import { IEditorLanguageRegistry } from '@jupyterlab/codemirror';
import { IFileBrowserFactory } from '@jupyterlab/filebrowser';
import { IMainMenu } from '@jupyterlab/mainmenu';
import { INotebookTracker } from '@jupyterlab/notebook';

import { mojoStreamParser } from './mojo-language';

export const mojoLanguage = StreamLanguage.define(mojoStreamParser);

const languagePlugin = {
  id: '@mojito/lab:mojo-language',
  description: 'Mojo syntax highlighting in notebooks and .mojo files',
  autoStart: true,
  requires: [IEditorLanguageRegistry],
  activate: (app, languages) => {
    languages.addLanguage({
      name: 'mojo',
      displayName: 'Mojo',
      alias: ['mojito', 'mojo1.2'],
      mime: ['text/x-mojo', 'text/mojo'],
      extensions: ['mojo', '🔥'],
      // Stable token classes (tok-keyword, tok-typeName, ...) beside the theme's colours.
      support: new LanguageSupport(mojoLanguage, [syntaxHighlighting(classHighlighter)]),
    });
  },
};

async function publish(name, notebook) {
  const response = await fetch(new URL('/api/v1/shares', window.location.origin), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ name, notebook }),
  });
  let body = {};
  try {
    body = await response.json();
  } catch (e) {
    // not JSON: handled below
  }
  if (response.status !== 201) {
    const detail = typeof body.detail === 'string' ? body.detail
      : response.status === 401 ? 'Log in on the website first.' : `The website answered ${response.status}.`;
    await showDialog({ title: 'Could not share', body: detail, buttons: [Dialog.okButton()] });
    return;
  }
  const url = new URL(body.url, window.location.origin).href;
  Clipboard.copyToSystem(url);
  await showDialog({
    title: 'Shared',
    body: `Anyone with this link can read a snapshot of ${name} (the link is copied): ${url}\n` +
      'Stop sharing it from your dashboard on the website.',
    buttons: [Dialog.okButton({ label: 'Done' })],
  });
}

const sharePlugin = {
  id: '@mojito/lab:share',
  description: 'Share Notebook: a read-only snapshot at /s/ID on the website',
  autoStart: true,
  requires: [INotebookTracker],
  optional: [IMainMenu, IFileBrowserFactory],
  activate: (app, tracker, mainMenu, browserFactory) => {
    app.commands.addCommand('mojito:share-notebook', {
      label: 'Share Notebook (read-only link)…',
      caption: 'Publish a read-only snapshot of this notebook at a permanent link',
      isEnabled: () => tracker.currentWidget !== null,
      execute: async () => {
        const panel = tracker.currentWidget;
        if (!panel) return;
        await panel.context.ready;
        if (panel.context.model.dirty) await panel.context.save();
        const name = panel.context.path.split('/').pop();
        await publish(name, panel.context.model.toJSON());
      },
    });
    app.commands.addCommand('mojito:share-file', {
      label: 'Share (read-only link)…',
      isVisible: () => {
        const browser = browserFactory && browserFactory.tracker.currentWidget;
        const item = browser && browser.selectedItems().next();
        return !!(item && item.value && item.value.type === 'notebook');
      },
      execute: async () => {
        const browser = browserFactory && browserFactory.tracker.currentWidget;
        const item = browser && browser.selectedItems().next();
        if (!item || !item.value) return;
        const model = await app.serviceManager.contents.get(item.value.path, { content: true, type: 'notebook' });
        await publish(model.name, model.content);
      },
    });
    if (mainMenu) mainMenu.fileMenu.addGroup([{ command: 'mojito:share-notebook' }], 95);
    app.contextMenu.addItem({ command: 'mojito:share-notebook', selector: '.jp-Notebook', rank: 90 });
    app.contextMenu.addItem({ command: 'mojito:share-file', selector: '.jp-DirListing-item[data-isdir="false"]', rank: 4 });
  },
};

async function exists(contents, path) {
  try {
    await contents.get(path, { content: false });
    return true;
  } catch (e) {
    return false;
  }
}

const importPlugin = {
  id: '@mojito/lab:import-share',
  description: 'Open a copy of a shared notebook (?mojito-import=ID)',
  autoStart: true,
  activate: (app) => {
    const params = new URLSearchParams(window.location.search);
    const id = params.get('mojito-import');
    if (!id || !/^[A-Za-z0-9_-]{12,16}$/.test(id)) return;
    app.restored.then(async () => {
      params.delete('mojito-import');
      const query = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (query ? `?${query}` : '') + window.location.hash);
      const response = await fetch(new URL(`/s/${id}.ipynb`, window.location.origin), { credentials: 'same-origin' });
      if (!response.ok) {
        await showDialog({ title: 'Could not open the shared notebook', body: response.status === 410
          ? 'Its owner stopped sharing it.' : `The website answered ${response.status}.`, buttons: [Dialog.okButton()] });
        return;
      }
      const disposition = response.headers.get('Content-Disposition') || '';
      const m = /filename="([^"/\\]+)"/.exec(disposition);
      const name = m ? m[1] : `shared-${id}.ipynb`;
      const content = await response.json();
      const contents = app.serviceManager.contents;
      if (!(await exists(contents, 'shared'))) {
        await contents.save('shared', { type: 'directory', name: 'shared', path: 'shared' });
      }
      const stem = name.replace(/\.ipynb$/, '');
      let path = `shared/${name}`;
      for (let n = 2; await exists(contents, path); n++) path = `shared/${stem} (${n}).ipynb`;
      await contents.save(path, { type: 'notebook', format: 'json', content });
      await app.commands.execute('docmanager:open', { path });
    });
  },
};

export default [languagePlugin, sharePlugin, importPlugin];
