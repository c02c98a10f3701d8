/**
 * Several entries as one page uses them together: a module that imports each of them (every export kept), bundled
 * by esbuild as a customer's build does. What they share (lit, the client, the shared layer) is counted once, which
 * is what a page with all of them fetches up front. Used for "all auth elements together" (issue 8): every element
 * entry there is, except `<kyc-uploader>`, with `tillit/client`, so the sum grows as elements land.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../build-entries.mjs';
import { bundleCustomerEntry, gzipSize, type BuiltFile } from './bundle.js';
import type { PackedProject } from './pack.js';

export interface TogetherSize {
  /** The specifiers measured together, in order. */
  readonly specifiers: readonly string[];
  /** The files loaded up front (before any lazy chunk), each gzipped on its own as it is fetched, summed. */
  readonly min: number;
  readonly gzip: number;
  readonly eager: readonly BuiltFile[];
  /** Lazy chunks (validators of each flow, other languages, ...), reported, not counted. */
  readonly lazyGzip: number;
  /**
   * The files loaded up front concatenated and gzipped as one, reported, not counted: what the same bytes would
   * cost unsplit, so the gap to `gzip` is what splitting them into `eager.length` files costs.
   */
  readonly unsplitGzip: number;
}

/** Elements that are not part of signing in and securing an account (KYC is identity verification). */
const notAuth = new Set(['tillit/kyc-uploader']);

/** The auth element entries among `entries` (every registering element entry but KYC's), and the client. */
export function authEntries(entries: readonly Entry[]): string[] {
  const elements = entries.filter((e) => e.kind === 'element' && !notAuth.has(e.specifier)).map((e) => e.specifier);
  return elements.length ? [...elements, 'tillit/client'] : [];
}

export async function measureTogether(project: PackedProject, specifiers: readonly string[], name: string): Promise<TogetherSize> {
  const source = `${name}.js`;
  writeFileSync(join(project.dir, source), specifiers.map((s, i) => `export * as e${i} from '${s}';\n`).join(''));
  const build = await bundleCustomerEntry(project.dir, source, name);
  const files = [...build.files.values()];
  const eager = files.filter((f) => build.eager.has(f.name));
  const sum = (list: readonly BuiltFile[], key: 'min' | 'gzip') => list.reduce((total, f) => total + f[key], 0);
  return {
    specifiers,
    min: sum(eager, 'min'),
    gzip: sum(eager, 'gzip'),
    eager,
    lazyGzip: sum(files.filter((f) => !build.eager.has(f.name)), 'gzip'),
    unsplitGzip: gzipSize(Buffer.concat(eager.map((f) => readFileSync(join(build.outdir, f.name))))),
  };
}
