import fs from 'node:fs';
import path from 'node:path';

/**
 * The SQLite file holds staff accounts, token hashes and readers' e-mails: readable by the CMS's
 * own user only (0600), never world-readable as the umask would leave it. Created empty here,
 * before the driver opens it (SQLite treats an empty file as a new database), so it is never
 * readable by others even for a moment; an existing file is tightened too. SQLite gives its -wal
 * and -shm files the database file's mode.
 */
export function ensurePrivateFile(filename: string): void {
  fs.mkdirSync(path.dirname(filename), { recursive: true });
  fs.closeSync(fs.openSync(filename, 'a', 0o600));
  fs.chmodSync(filename, 0o600);
}
