export { parseBackup, backupTooBig, MAX_BACKUP_BYTES, BACKUP_FORMAT, BACKUP_VERSION, BackupV3Schema, BackupV2Schema, BackupV1Schema, type Backup, type ParsedBackup } from './format';
export { exportBackup, backupFileName, previewRestore, applyRestore, wipeUserData, type RestorePreview, type Change } from './restore';
