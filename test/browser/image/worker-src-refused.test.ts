/** A host whose CSP forbids workers (`worker-src 'none'`): the photo is prepared on the main thread instead. */
import { expect } from '@open-wc/testing';
import { prepareImage } from '../../../src/image/index.js';
import { enforceCsp } from './csp.js';
import { photo } from './photos.js';

describe("prepareImage under worker-src 'none'", () => {
  it('falls back to the main thread', async () => {
    const input = await photo({ width: 1600, height: 1200 });
    enforceCsp("worker-src 'none'");
    const result = await prepareImage(input);
    expect(result.ranOn).to.equal('main-thread');
    expect(result.blob.type).to.equal('image/jpeg');
  });
});
