// The manifest check (manifest-check.ts) bound to the file system: files named by URLs are
// looked up next to the manifest, so https://<base>/assets/icon-16.png is
// <manifest folder>/assets/icon-16.png. The same rule serves the committed manifest.xml
// (assets/ in the repository) and a release (dist/manifest.xml with dist/assets/).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { checkManifest, formatProblem, type CheckOptions } from './manifest-check';

/** Validates one manifest file; returns printable problems (empty when it is fine). */
export function validateManifestFile(file: string, options: Omit<CheckOptions, 'readFile'> = {}): string[] {
  if (!existsSync(file)) return [`${file}: file not found`];
  const dir = path.dirname(path.resolve(file));
  const readFile = (relative: string): Uint8Array | undefined => {
    const full = path.resolve(dir, relative);
    // The URL parser already removed "..", but a manifest must never reach outside its folder.
    if (!full.startsWith(dir + path.sep)) return undefined;
    try {
      return readFileSync(full);
    } catch {
      return undefined;
    }
  };
  return checkManifest(readFileSync(file, 'utf8'), { ...options, readFile }).map((p) => formatProblem(p, file));
}
