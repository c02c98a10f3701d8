/**
 * A host that enforces Trusted Types without allowing the `tillit` policy (only `trusted-types lit-html`):
 * the worker cannot be created, and the photo is prepared on the main thread instead, with the same result.
 */
import { expect } from '@open-wc/testing';
import { prepareImage } from '../../../src/image/index.js';
import { enforceCsp, trustedTypesEnforced } from './csp.js';
import { photo } from './photos.js';

describe('prepareImage under Trusted Types without the tillit policy', () => {
  let input: File;
  before(async () => {
    input = await photo();
    enforceCsp("require-trusted-types-for 'script'; trusted-types lit-html");
  });

  it('the page really enforces Trusted Types', () => {
    expect(trustedTypesEnforced()).to.equal(true);
  });

  it('falls back to the main thread and still prepares the photo', async () => {
    const result = await prepareImage(input);
    expect(result.ranOn).to.equal('main-thread');
    expect(result.checks.every((c) => c.passed)).to.equal(true);
    // And again, without trying the worker each time.
    expect((await prepareImage(input)).ranOn).to.equal('main-thread');
  });
});
