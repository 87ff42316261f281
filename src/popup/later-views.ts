// The panels popup.js leaves out: Notes, Library and Settings, with what only they use (the
// virtual list, the backup schemas and file readers, the note editor). popup-more.ts makes
// them popup-more.js, loaded after the first frame or when one of them is opened
// (later-panel.ts); tests import them from here directly.
import { LibraryView } from './library-view';
import { NotesView } from './notes-view';
import { SettingsView } from './settings-view';

export const LATER_VIEWS = { NotesView, LibraryView, SettingsView };
export type LaterViews = typeof LATER_VIEWS;
