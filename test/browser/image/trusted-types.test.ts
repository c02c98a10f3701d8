/**
 * Under a strict CSP with Trusted Types (the demo's policy, with `tillit` allowed), the worker still starts:
 * through our `tillit` policy, which converts nothing but our own worker's URL.
 */
import { expect } from '@open-wc/testing';
import { prepareImage } from '../../../src/image/index.js';
import { enforceCsp, trustedTypesEnforced } from './csp.js';
import { photo } from './photos.js';

describe('prepareImage under Trusted Types with `trusted-types lit-html tillit`', () => {
  let input: File;
  before(async () => {
    input = await photo({ width: 1600, height: 1200 });
    enforceCsp("script-src 'self'; worker-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html tillit");
  });

  it('the page really enforces Trusted Types', () => {
    expect(trustedTypesEnforced()).to.equal(true);
  });

  it('runs in the worker', async () => {
    const result = await prepareImage(input);
    expect(result.ranOn).to.equal('worker');
    expect(result.blob.type).to.equal('image/jpeg');
  });

  it('the tillit policy converts no other URL', () => {
    // Our policy exists now; creating another `tillit` one is refused (no 'allow-duplicates'), so nobody
    // else can get hold of one, and ours is not reachable from outside the module.
    const { trustedTypes } = window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } };
    expect(() => trustedTypes.createPolicy('tillit', { createScriptURL: (s: string) => s })).to.throw();
  });
});
