/**
 * The page budget: every JavaScript file a customer's sign-in page (scripts/customer/sign-in-page.ts) fetches
 * through a complete password + TOTP sign-in in Chromium, gzipped one by one as each is fetched. Measured, not
 * guessed: the files are the ones the browser asked for.
 */
import { launchChromium } from './chromium.js';
import { loadContract } from '../contract/load.js';
import { rowTables } from '../client-row-loaders.js';
import type { BuiltFile } from './bundle.js';
import { zodIn } from './entry-sizes.js';
import { repoRoot, type PackedProject } from './pack.js';
import { signInWithTotp, startSignInPage, type FetchedScript } from './sign-in-page.js';

export interface PageFile extends FetchedScript {
  /** What the file is made of (see `BuiltFile.parts`), or empty for a script that is not part of the build. */
  readonly parts: readonly string[];
  readonly eager: boolean;
}

export interface PageMeasure {
  readonly fetched: readonly PageFile[];
  readonly total: number;
  /** The build's JS files the journey did not fetch (other flows, other languages, ...). */
  readonly notFetched: readonly BuiltFile[];
  /** Why the page fetched something it must not, in words. */
  readonly problems: readonly string[];
  /** Whether the browser parses WebAuthn JSON itself (then @simplewebauthn/browser has no reason to load). */
  readonly nativeWebAuthnJson: boolean;
}

/** The compiled modules of tables that hold no row of the sign-in or session flows: a sign-in page never needs them. */
async function otherFlowFiles(): Promise<string[]> {
  const source = loadContract();
  const { tables, homes } = await rowTables(repoRoot, source);
  const signInRows = new Set(Object.values(source.endpoints).filter((row) => row.flow === 'sign-in' || row.flow === 'session'));
  return tables
    .filter((name) => !Object.values(source.flowTables[name] ?? {}).some((row) => signInRows.has(row)))
    .map((name) => `src/client/compiled/${homes.get(name) ?? '?'}`);
}

export async function measureSignInPage(project: PackedProject): Promise<PageMeasure> {
  const site = await startSignInPage(project);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const scripts = await signInWithTotp(page, site.url);
    const nativeWebAuthnJson = await page.evaluate(
      () => typeof globalThis.PublicKeyCredential?.parseRequestOptionsFromJSON === 'function',
    );
    const fetched = scripts.map((script) => ({
      ...script,
      parts: site.build.files.get(script.name)?.parts ?? [],
      eager: site.build.eager.has(script.name),
    }));
    const names = new Set(fetched.map((f) => f.name));
    const problems: string[] = [];
    for (const f of fetched) {
      if (f.status !== 200) problems.push(`${f.name} answered HTTP ${f.status}`);
      if (!site.build.files.has(f.name)) problems.push(`${f.name} is not a file of the page's build`);
    }
    const forbidden = await otherFlowFiles();
    for (const f of fetched) {
      for (const source of site.build.files.get(f.name)?.sources ?? []) {
        if (forbidden.includes(source)) problems.push(`${f.name} carries ${source}, validators of a flow the sign-in never calls`);
      }
      const built = site.build.files.get(f.name);
      const zod = built && zodIn(built);
      if (zod) problems.push(zod);
      if (nativeWebAuthnJson && f.parts.includes('@simplewebauthn/browser')) {
        problems.push(`${f.name} is @simplewebauthn/browser (${f.gzip} B), fetched though this Chromium parses WebAuthn JSON itself`);
      }
    }
    return {
      fetched,
      total: fetched.reduce((sum, f) => sum + f.gzip, 0),
      notFetched: [...site.build.files.values()].filter((f) => !names.has(f.name)),
      problems,
      nativeWebAuthnJson,
    };
  } finally {
    await browser.close();
    await site.stop();
  }
}
