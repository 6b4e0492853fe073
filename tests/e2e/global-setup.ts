import { execFileSync } from 'node:child_process';
import { ROOT } from '../../src/cli/project-root';

// The journeys run against the extension as built from this tree, never a stale build.
export default function setup(): void {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
