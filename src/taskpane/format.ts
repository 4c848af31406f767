// How the pane writes a file size for a team member: KB under a megabyte, MB with one decimal
// (a decimal comma in Dutch). KB and MB are 1024-based, as Outlook and Windows show them.
import type { Lang } from '../domain';

export function formatSize(bytes: number, lang: Lang): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `${lang === 'nl' ? mb.replace('.', ',') : mb} MB`;
}
