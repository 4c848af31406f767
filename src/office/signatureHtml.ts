// The HTML side of the body: plain text as Office's HTML bodies take it, and the team member's
// Outlook signature found and kept when the pane writes its neutral text above it.

/** Plain text as the htmlBody displayNewMessageFormAsync takes: escaped, one line per line. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
  return escaped.split(/\r?\n/).join('<br>');
}
/**
 * Where Outlook marks the signature it inserted in an HTML body: `<div id="Signature">` in Outlook
 * on the web and the new Outlook (`x_Signature` once quoted), the `_MailAutoSig` bookmark in
 * classic Outlook on Windows. Lower case: the search runs on the lower-cased body.
 */
const SIGNATURE_MARKS = ['id="signature"', "id='signature'", 'id=signature', 'id="x_signature"', 'name="_mailautosig"', 'name=_mailautosig'];

/**
 * The HTML body with everything the team member wrote before their signature replaced by
 * `html`, the signature and whatever follows it kept as they are; null when no signature is
 * marked. Plain index searches, linear in the body (a 2 MB body is no slower than it must be).
 */
export function aboveSignature(body: string, html: string): string | null {
  const lower = body.toLowerCase();
  let mark = -1;
  for (const m of SIGNATURE_MARKS) {
    const at = lower.indexOf(m);
    if (at >= 0 && (mark < 0 || at < mark)) mark = at;
  }
  if (mark < 0) return null;
  let tagStart = lower.lastIndexOf('<', mark);
  if (tagStart < 0) return null;
  // The <html><head> (classic Outlook's styles for the signature) and <body> open tag stay too.
  const bodyTag = lower.lastIndexOf('<body', tagStart);
  // Classic Outlook's bookmark is an <a> inside the signature's first paragraph: keep that paragraph whole.
  if (lower.startsWith('<a ', tagStart)) {
    const block = Math.max(lower.lastIndexOf('<p', tagStart), lower.lastIndexOf('<div', tagStart));
    if (block > bodyTag) tagStart = block;
  }
  const bodyOpenEnd = bodyTag >= 0 ? lower.indexOf('>', bodyTag) : -1;
  const head = bodyOpenEnd >= 0 && bodyOpenEnd < tagStart ? body.slice(0, bodyOpenEnd + 1) : '';
  return `${head}<div>${html}</div><br>${body.slice(tagStart)}`;
}
