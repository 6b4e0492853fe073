import { execFileSync } from 'node:child_process';
import { ROOT } from '../harness/project-root';

// The journeys run against the extension as built from this tree, never a stale build: both builds.
export default function setup(): void {
  for (const args of [
    ['wxt', 'build'],
    ['wxt', 'build', '-b', 'firefox'],
  ]) {
    execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
