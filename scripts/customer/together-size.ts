/**
 * Several entries as one page uses them together: a module that imports each of them (every export kept), bundled
 * as a customer's build does, by each bundler of bundlers.ts. What they share (lit, the client, the shared layer)
 * is counted once, which is what a page with all of them fetches up front. Used for "all auth elements together"
 * (issue 8): every element entry there is, except `<kyc-uploader>`, with `tillit/client`, so the sum grows as
 * elements land.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../build-entries.mjs';
import { bundlers, buildWith, upFront, type Bundler, type UpFront } from './bundlers.js';
import type { PackedProject } from './pack.js';

export interface TogetherSize extends UpFront {
  readonly bundler: Bundler;
  /** The specifiers measured together, in order. */
  readonly specifiers: readonly string[];
}

/** Elements that are not part of signing in and securing an account (KYC is identity verification). */
const notAuth = new Set(['tillit/kyc-uploader']);

/** The auth element entries among `entries` (every registering element entry but KYC's), and the client. */
export function authEntries(entries: readonly Entry[]): string[] {
  const elements = entries.filter((e) => e.kind === 'element' && !notAuth.has(e.specifier)).map((e) => e.specifier);
  return elements.length ? [...elements, 'tillit/client'] : [];
}

/** `specifiers` imported together by one module, built by every bundler in turn. */
export async function measureTogether(project: PackedProject, specifiers: readonly string[], name: string): Promise<TogetherSize[]> {
  const source = `${name}.js`;
  writeFileSync(join(project.dir, source), specifiers.map((s, i) => `export * as e${i} from '${s}';\n`).join(''));
  const sizes: TogetherSize[] = [];
  for (const bundler of bundlers) {
    sizes.push({ bundler, specifiers, ...upFront(await buildWith(bundler, project.dir, source, `${name}-${bundler}`)) });
  }
  return sizes;
}
