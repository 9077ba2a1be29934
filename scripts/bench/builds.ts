// The builds a bench compares: this checkout's, and a previous commit's built beside it
// (`--base <ref>`), shared by the popup-open and options-import benches.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Build {
  name: string;
  dir: string;
}

export type Target = 'chrome' | 'firefox';

const WXT_ARGS: Record<Target, string[]> = { chrome: [], firefox: ['-b', 'firefox', '--mv3'] };
const OUTPUT: Record<Target, string> = { chrome: 'chrome-mv3', firefox: 'firefox-mv3' };

/** `wxt build` in `dir` for each target. */
export function buildExtension(dir: string, targets: Target[]): void {
  for (const target of targets) {
    const result = spawnSync('npx', ['wxt', 'build', ...WXT_ARGS[target]], { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`wxt build failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * The previous build: `git archive <ref>` into a temporary copy sharing `root`'s node_modules,
 * built there once per commit (again only when a target asked for is missing).
 */
export function baseBuild(root: string, ref: string, targets: Target[]): Build {
  const commit = execFileSync('git', ['rev-parse', ref], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `repere-bench-base-${commit.slice(0, 12)}`);
  if (targets.some((target) => !existsSync(join(dir, '.output', OUTPUT[target], 'manifest.json')))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C ${dir}`], { cwd: root });
    // Its own packages when its lock differs from this checkout's (a dependency added or removed since).
    if (readFileSync(join(dir, 'package-lock.json'), 'utf8') === readFileSync(join(root, 'package-lock.json'), 'utf8')) {
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    } else {
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
    }
    buildExtension(dir, targets);
  }
  return { name: `${ref} (${commit.slice(0, 7)})`, dir };
}
