// `npm test`: everything a submission must pass, in the order that fails fastest.
// Each step is an ordinary npm script, so any one of them can be run on its own.
import { spawnSync } from 'node:child_process';

type Step = { name: string; command: string[]; env?: Record<string, string> };

const steps: Step[] = [
  { name: 'typecheck', command: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '-s', 'lint'] },
  { name: 'registry check', command: ['npm', 'run', '-s', 'registry', '--', 'check'] },
  { name: 'manifest check', command: ['npm', 'run', '-s', 'validate'] },
  { name: 'unit tests', command: ['npm', 'run', '-s', 'test:unit', '--', '--ci'] },
  // The browser tests' build (the whole add-in, as an admin builds it, but with the fixture
  // registry they are written for): they serve this dist/. The release itself, from
  // registry/protocols.json, is built by the unit tests (test/scripts/release.test.ts).
  { name: 'test build', command: ['npm', 'run', '-s', 'build:web'] },
  { name: 'browser tests', command: ['npm', 'run', '-s', 'test:browser', '--', '--ci'] },
];

const only = process.argv.slice(2);
const selected = only.length ? steps.filter((s) => only.some((o) => s.name.includes(o))) : steps;
let passed = 0;
const failed: string[] = [];
for (const step of selected) {
  const started = Date.now();
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const [cmd, ...args] = step.command as [string, ...string[]];
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed += 1;
    console.log(`=== ${step.name}: ok (${seconds} s)`);
  } else {
    failed.push(step.name);
    console.log(`=== ${step.name}: FAILED (${seconds} s)`);
    break;
  }
}
console.log('');
if (failed.length) console.log(`Failed step: ${failed.join(', ')}`);
console.log(`steps: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
