// Ordinary Dutch, as the word-password rule (src/domain/wordRun.ts) must leave it alone: this
// repo's docs, the published protocols (when ../shared/protocols is there), the pane's neutral
// text for every protocol, the false-block benchmark's sentences and signatures, and the pane's
// Dutch words. Read by bench/wordRuns.ts (figures) and test/domain/wordRun.test.ts (target: no
// run of RUN_WORDS list words anywhere).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Registry } from '../src/domain';
import { startWords } from '../src/words/paneStart';
import { stepWords } from '../src/words/paneSteps';
import { neutralText } from '../src/taskpane/neutralText';
import { SENTENCES } from './sentences';

export type Text = { readonly source: string; readonly text: string };

// Run from the repository's root (npm run, jest), as the other benches are.
const ROOT = process.cwd();

function files(dir: string, ext: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
}

/** Markdown without its code: the docs show example passwords as code (`stuiver-knaap-...`), not as prose. */
function prose(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');
}

export function ordinaryDutch(registry: Registry): Text[] {
  const out: Text[] = [];
  for (const f of [path.join(ROOT, 'README.md'), ...files(path.join(ROOT, 'docs'), '.md')]) {
    out.push({ source: path.relative(ROOT, f), text: prose(readFileSync(f, 'utf8')) });
  }
  for (const f of files(path.join(ROOT, '..', 'shared', 'protocols'), '.txt')) {
    out.push({ source: `protocol ${path.basename(f)}`, text: readFileSync(f, 'utf8') });
  }
  for (const p of registry.protocols) {
    const t = neutralText('KG-20260302-7K3M9Q', p);
    out.push({ source: `neutral text (${p.id})`, text: `${t.subject}\n${t.body}` });
  }
  out.push({ source: 'sentences and signatures (bench:false-blocks)', text: SENTENCES.join('\n') });
  const words = [...Object.values(startWords.nl), ...Object.values(stepWords.nl)].filter((v): v is string => typeof v === 'string');
  out.push({ source: "the pane's Dutch words", text: words.join('\n') });
  return out;
}
