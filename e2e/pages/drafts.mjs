// The drafts bar and its panel: the case's name, whether it is saved, the list of drafts,
// backups, imports, share links and the notices they give.

// Each part by its test id.
const PARTS = {
  name: 'draft-name',
  saveStatus: 'save-status',
  toggle: 'drafts-toggle',
  panel: 'drafts-panel',
  rows: 'draft-row',
  leftOut: 'draft-left-out',
  damaged: 'draft-damaged',
  newCase: 'new-case',
  deleteOne: 'draft-delete',
  deleteAll: 'delete-all',
  undo: 'undo',
  backupOne: 'backup-one',
  backupAll: 'backup-all',
  importFile: 'import-file',
  importConflict: 'import-conflict',
  keepBoth: 'keep-both',
  share: 'share',
  shareLink: 'share-link',
  notice: 'notice',
};

export class DraftsBar {
  constructor(page) {
    this.page = page;
    for (const [part, id] of Object.entries(PARTS)) this[part] = page.getByTestId(id);
  }
}
