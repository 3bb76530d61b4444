import type { storageNb } from './storage-nb.ts';

/** Messages in English about how edits and imports are kept. */
export const storageEn: Record<keyof typeof storageNb, string> = {
  'conflict.title': 'This measure was changed elsewhere',
  'conflict.intro':
    '“{title}” was saved in another tab or window ({when}) after you started changing it. Here are both versions, field by field. Choose which one stands. Nothing has been overwritten yet.',
  'conflict.caption': 'The two versions of “{title}”',
  'conflict.field': 'Field',
  'conflict.theirs': 'The other version (saved)',
  'conflict.mine': 'Your version',
  'conflict.differs': 'differs',
  'conflict.deleted': 'Deleted',
  'conflict.more': '{n} more wait for your choice.',
  'conflict.keepMine': 'Keep mine',
  'conflict.takeTheirs': 'Take the other',
  'conflict.editFurther': 'Edit further',
  'conflict.kept': 'Your version of “{title}” is saved.',
  'conflict.taken': 'The other version of “{title}” stands. Your change was discarded.',
  'storage.kept': 'kept in this browser ({mb} MB, {where})',
  'storage.opfs': "the browser's private file area",
  'storage.idb': 'IndexedDB',
  'storage.saving': 'saving … {pct} %',
  'storage.savingElsewhere': 'being saved in another tab …',
  'storage.session': 'this session only: the figures go when the page is reloaded or closed',
  'storage.sessionElsewhere': "only in another tab's session: the figures are not here",
  'storage.failed': 'not kept: {message}',
  'storage.goneSession':
    'not kept: the file was only in an earlier session, and its figures are gone',
  'storage.goneFailed':
    'not kept: the file could not be saved or read back, and its figures are gone',
  'storage.goneInterrupted':
    'not kept: saving was interrupted (the tab was closed), and the figures are gone',
  'storage.dismiss': 'Remove from the list',
  'storage.dismissLabel': 'Remove {name} from the list',
  'storage.progressLabel': 'Saving {name}',
  'storage.quota': 'the browser has no more room for this site',
  'storage.wontFit':
    '{name} will not fit in the browser’s storage: it needs about {need} MB and only {free} MB are free. You can add the figures for this session only (they go when the page is reloaded), or discard them.',
  'storage.addSession': 'Add for this session only',
  'storage.saveFailed':
    '{name} could not be kept in this browser: {reason}. The figures are added, but will be gone after a reload. Keep them for this session only, or remove them now?',
  'storage.keepSession': 'Keep for this session only',
  'storage.removeRows': 'Remove the figures',
  'storage.savingNow': 'Saving the file in this browser …',
  'storage.savedOutcome': '{name} is kept in this browser and will be here after a reload.',
  'storage.sessionOutcome':
    '{name} is in this session only: its figures will be gone when the page is reloaded.',
  'storage.removedOutcome': 'The figures from {name} are removed. The data are as before.',
  'storage.persistGranted':
    'The browser granted persistent storage: it will not delete what is kept unless you ask.',
  'storage.persistDenied':
    'The browser did not grant persistent storage: it may delete kept files if the disk fills up.',
  'storage.persistUnknown': 'The browser does not say whether storage is persistent.',
  'storage.room': 'This site uses {usage} MB of {quota} MB.',
};
