// A small, valid one-page PDF that stands for a filled-in referral form in the preview and
// in tests. Hand-written so the preview needs no PDF library in its initial bundle.
// Every value in it is made up ("Voorbeeld Cliënt"): never put a real person here.

const LINES: ReadonlyArray<{ size: number; text: string }> = [
  { size: 18, text: 'Doorverwijzing naar het OCMW' },
  { size: 11, text: 'VOORBEELD - fictieve gegevens, geen echte persoon' },
  { size: 12, text: 'Voornaam: Voorbeeld' },
  { size: 12, text: 'Naam: Cliënt' },
  { size: 12, text: 'Adres: Voorbeeldstraat 1, 2550 Kontich' },
  { size: 12, text: 'Telefoon: +32 470 00 00 00' },
  { size: 12, text: 'E-mail: voorbeeld.client@example.org' },
];

function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // WinAnsiEncoding agrees with Latin-1 for the letters we use (é, ë, ...).
    bytes[i] = code <= 0xff ? code : 0x3f;
  }
  return bytes;
}

const pdfString = (text: string): string => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

export function createSampleReferralPdf(lines: ReadonlyArray<{ size: number; text: string }> = LINES): Uint8Array {
  const content = ['BT', '72 770 Td'];
  lines.forEach((line, index) => {
    if (index > 0) content.push(`0 -${Math.round(line.size * 1.8)} Td`);
    content.push(`/F1 ${line.size} Tf`, `${pdfString(line.text)} Tj`);
  });
  content.push('ET');
  const stream = content.join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${latin1(stream).length} >>\nstream\n${stream}\nendstream`,
  ];

  // Offsets are byte offsets; every character below is one Latin-1 byte.
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return latin1(body);
}
