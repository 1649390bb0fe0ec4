/** Words about keys, backups and older copies: calm, plain, never alarming. */
export const VAULT_TEXTS = {
  olderCopy: {
    title: 'This looks like an older copy',
    body: 'The workbook file on this computer is older than the last save I remember for it. An older copy may have been put in its place, or a backup restored outside the app. Nothing has been changed yet.',
    openBackup: 'Open the newest backup instead',
    keep: 'Continue with this copy',
    kept: 'You chose to go on with the older copy. Your next save makes it the current version.',
  },
  restored: {
    damaged: 'Your workbook was opened from its newest working backup. The damaged file has been kept aside, not deleted.',
    missing: 'Your workbook file was missing, so it was opened from its newest working backup.',
    older:
      'Your workbook was opened from its newest backup. The older copy that was in its place has been kept aside, not deleted.',
  },
  passphraseChanged:
    'Your passphrase has been changed. The old one no longer opens this workbook or any of its backups. Your recovery key still works.',
  passphraseChangedNewRecoveryKey:
    'Your passphrase has been changed. Because this workbook was made by an earlier version, it also has a new recovery key. Please write it down now; the old one no longer works.',
  replaceRecoveryKey: {
    title: 'Replace recovery key',
    lead: 'If your recovery key may have been seen by someone else, you can make a new one. The old key then opens neither this workbook nor its backups.',
    passphraseLabel: 'Your passphrase',
    button: 'Make a new recovery key',
    busy: 'Making a new key…',
    done: 'This is your new recovery key. It is shown only now. Please write it down and keep it somewhere safe; the old one no longer works.',
    copy: 'Copy',
    hide: 'I have written it down',
  },
  whatRekeyingCannotDo:
    'A copy of this workbook taken before today still opens with the passphrase and recovery key it had then.',
} as const;
