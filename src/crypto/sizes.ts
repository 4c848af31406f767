// The zip's sizes, from the files' sizes alone: what the task pane's first screen plans with. Kept
// apart from limits.ts, whose password check carries the password word list, so that the pane's
// main bundle does not (the list loads with the encryption and the rules).

export type ZipInputFile = { name: string; bytes: Uint8Array };

/**
 * Outlook on the web attaches at most 25 MB (larger files only as cloud links), and
 * addFileAttachmentFromBase64Async refuses more with AttachmentSizeExceeded (Microsoft Learn,
 * "Office.MessageCompose.addFileAttachmentFromBase64Async"). We stay a little under 25 MiB so a
 * zip that passes this check is not refused by Outlook afterwards.
 */
export const MAX_ZIP_BYTES = 25_000_000;

// Worst case per entry: local header + central header (2x name) + AES extra fields + salt,
// verifier, MAC + data descriptor; plus deflate's stored-block overhead if it cannot compress.
const PER_ENTRY_OVERHEAD = 30 + 46 + 2 * 11 + 16 + 2 + 10 + 24 + 64;
const EOCD = 22;

/** A file by its name and size only, for the checks that need no bytes. */
export type ZipInputSize = { name: string; size: number };

/** The largest the zip of these files can be (stored or deflated), from their sizes alone. */
export function maxZipSizeFor(files: readonly ZipInputSize[]): number {
  return (
    EOCD +
    files.reduce((sum, f) => {
      const nameBytes = new TextEncoder().encode(f.name).length;
      return sum + f.size + Math.ceil(f.size / 16_000) * 5 + PER_ENTRY_OVERHEAD + 2 * nameBytes;
    }, 0)
  );
}

export function maxZipSize(files: readonly ZipInputFile[]): number {
  return maxZipSizeFor(files.map((f) => ({ name: f.name, size: f.bytes.length })));
}

/**
 * All attachments of one mail together: Outlook on the web sends at most 25 MB of attachments
 * (see MAX_ZIP_BYTES). The pane plans with this before it adds anything.
 */
export const MAIL_ATTACHMENTS_LIMIT = MAX_ZIP_BYTES;
