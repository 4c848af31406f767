// The core is bundled into the Send handler, which classic Outlook on Windows runs in an
// ES2016-only JavaScript runtime. TypeScript down-levels syntax, but not regular expressions:
// those must already be ES2016. This guards against a later edit reintroducing one.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', 'src', 'domain');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('src/domain regular expressions stay ES2016', () => {
  it.each(files.map((f) => [f]))('%s uses no \\p{...}, look-behind or named group', (file) => {
    const code = readFileSync(join(DIR, file), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*'))
      .join('\n');
    expect(code).not.toMatch(/\\p\{/);
    expect(code).not.toMatch(/\(\?<[=!]/);
    expect(code).not.toMatch(/\(\?<[A-Za-z]/);
  });
});
