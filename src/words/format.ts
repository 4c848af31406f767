// Helpers the catalogue's templates share in both languages. No Intl: classic Outlook's
// JavaScript-only runtime (ES2016) lacks parts of it, and the Send check's words run there.
import { shorten } from '../domain/shown';

/** A whole number with a thousands separator ("." in Dutch, "," in English). */
export function thousands(n: number, separator: string): string {
  const digits = String(Math.floor(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? separator : '') + digits.charAt(i);
  return out;
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** At most `most` names, then how many more: the message must fit Outlook's 500 characters. Null: a name with client data, shown as `hidden`. */
export function listNames(names: readonly (string | null)[], hidden: string, most: number): string {
  const shown = names.slice(0, most).map((n) => (n === null ? hidden : shorten(n)));
  return names.length > most ? `${shown.join(', ')} +${names.length - most}` : shown.join(', ');
}

export const mib = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MiB`;
