/**
 * A backup is one gzip file of lines (docs/decisions/0018-backup-and-restore.md): control lines
 * start with '#' and hold JSON; every other line is one row, as PostgreSQL's to_jsonb wrote it, so
 * that no value passes through JavaScript's types on its way out or back in.
 */
export const BACKUP_FORMAT = 'signaalroute-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The last migration of the database it came from. */
  schema: string;
  createdAt: string;
  database: 'pglite' | 'postgres';
}

export interface TableStart {
  table: string;
  columns: string[];
}

export interface TableEnd {
  end: string;
  rows: number;
}

export interface BackupTrailer {
  complete: true;
  tables: Record<string, number>;
  sequences: Record<string, string | null>;
}

export type ControlLine = BackupHeader | TableStart | TableEnd | BackupTrailer;

export const control = (line: ControlLine) => `#${JSON.stringify(line)}\n`;

/** Progress of a backup or restore: rows of a table so far, and whether the table is done. */
export type BackupProgress = (progress: { table: string; rows: number; done: boolean }) => void;
