// Reading a file an admin names on the command line (or the build uses as the registry), safely:
// it never waits on a pipe, never reads a device or a directory, and never reads more than a
// limit, whatever size the file claims (files under /proc claim 0; a file may grow meanwhile).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { FileTrouble } from '../domain';

export type FileRead = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly trouble: FileTrouble; readonly detail: string };

const CHUNK = 64 * 1024;

/** The file's bytes, at most `limit + 1` of them: one more than allowed says "too large". */
export function readFileAtMost(path: string, limit: number): FileRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer (fstat below refuses it). It
    // changes nothing for a regular file. Windows has no such flag.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return failure(e);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, trouble: 'directory', detail: '' };
    if (!stat.isFile()) return { ok: false, trouble: 'not-a-file', detail: '' };
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.alloc(Math.min(CHUNK, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return failure(e);
  } finally {
    closeSync(fd);
  }
}

function failure(e: unknown): FileRead {
  const code = typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, trouble: 'missing', detail: '' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, trouble: 'no-access', detail: '' };
  if (code === 'EISDIR') return { ok: false, trouble: 'directory', detail: '' };
  return { ok: false, trouble: 'unreadable', detail: code };
}
