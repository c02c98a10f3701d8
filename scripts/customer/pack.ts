/**
 * The package as a customer receives it: `npm pack` of the built repository, unpacked into a throw-away project
 * whose node_modules holds `tillit` (the real files of the tarball) and the runtime dependencies it declares.
 * Nothing in that project can reach src/ or the repository's own package.json: what resolves there is what ships.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface PackedProject {
  /** The customer's project directory (has package.json and node_modules/). */
  readonly dir: string;
  /** node_modules/tillit inside it. */
  readonly packageDir: string;
  /** Every file the tarball ships, package-relative (`dist/client.js`, `custom-elements.json`, ...). */
  readonly files: ReadonlySet<string>;
  /** The shipped package.json. */
  readonly manifest: { exports: Record<string, unknown>; sideEffects?: unknown; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
  /**
   * Adds the dependencies of the dependencies at the top of node_modules, as npm's hoisting does. Until then the
   * project is strict (as pnpm lays it out): only what tillit declares is reachable from its files.
   */
  hoist(): void;
  remove(): void;
}

const dependenciesOf = (packageDir: string): string[] =>
  Object.keys((JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { dependencies?: object }).dependencies ?? {});

function link(dir: string, dependency: string): void {
  const target = join(dir, 'node_modules', dependency);
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules', dependency), target, 'dir');
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.stdout}`);
  return result.stdout;
}

/** Packs dist/ as it is now (run the build first) and installs the tarball into a new customer project. */
export function packIntoCustomerProject(): PackedProject {
  if (!existsSync(join(repoRoot, 'dist/client.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'tillit-customer-'));
  try {
    // --ignore-scripts: a customer's install runs none of ours either (and the build already ran).
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repoRoot)) as {
      filename: string;
      files: { path: string }[];
    }[];
    if (!packed) throw new Error('npm pack reported no tarball');
    const packageDir = join(dir, 'node_modules/tillit');
    mkdirSync(packageDir, { recursive: true });
    run('tar', ['-xzf', join(dir, packed.filename), '-C', packageDir, '--strip-components=1'], dir);
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as PackedProject['manifest'];
    // The declared runtime dependencies, as npm would install them beside tillit; they resolve their own
    // dependencies from the repository's node_modules (symlinks are followed to their real path).
    for (const dependency of Object.keys(manifest.dependencies ?? {})) link(dir, dependency);
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'customer-page', private: true, type: 'module' }, null, 2)}\n`);
    return {
      dir,
      packageDir,
      files: new Set(packed.files.map((file) => file.path)),
      manifest,
      hoist() {
        const queue = Object.keys(manifest.dependencies ?? {});
        for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
          for (const dependency of dependenciesOf(join(repoRoot, 'node_modules', name))) {
            if (existsSync(join(dir, 'node_modules', dependency))) continue;
            link(dir, dependency);
            queue.push(dependency);
          }
        }
      },
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
