// Upload progress through the real XMLHttpRequest of Chromium, against the test runner's own dev server. That
// server has no upload route, so it answers an HTTP error: what matters here is that the body went out through
// XHR with progress reports, and that the answer came back as a TillitError with a status (not `network`).
import { expect } from '@open-wc/testing';
import { createClientFor, isTillitError } from '../../../src/client/index.js';
import type { TillitError, UploadProgress } from '../../../src/client/index.js';
import { thingEndpoints } from '../../node/client/fixtures.js';

const MB = 1024 * 1024;

function fileOf(bytes: number): File {
  return new File([new Uint8Array(bytes)], 'passport.jpg', { type: 'image/jpeg' });
}

async function rejectionOf(promise: Promise<unknown>): Promise<TillitError> {
  try {
    await promise;
  } catch (error) {
    if (isTillitError(error)) return error;
    throw error;
  }
  throw new Error('Expected the upload to reject (the dev server has no upload route).');
}

/** Counts XMLHttpRequest sends while `run` runs, to prove which transport the client chose. */
async function countXhrSends(run: () => Promise<unknown>): Promise<number> {
  const send = XMLHttpRequest.prototype.send;
  let sends = 0;
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
    sends++;
    return send.call(this, body);
  };
  try {
    await run();
  } finally {
    XMLHttpRequest.prototype.send = send;
  }
  return sends;
}

describe('client upload progress in the browser', () => {
  const client = createClientFor(thingEndpoints, { baseUrl: '', retry: { retries: 0 } });

  it('sends uploads through XMLHttpRequest and reports progress up to the whole body', async () => {
    const reports: UploadProgress[] = [];
    const file = fileOf(4 * MB);
    let error: TillitError | undefined;
    const sends = await countXhrSends(async () => {
      error = await rejectionOf(
        client.uploadDocument(
          { thingId: 't1', kind: 'passport', file, meta: { pages: 1 } },
          { onUploadProgress: (progress) => reports.push(progress) },
        ),
      );
    });

    expect(sends).to.equal(1);
    expect(error?.status, 'the dev server answered over HTTP').to.be.within(400, 599);
    expect(error?.code).to.not.be.oneOf(['network', 'timeout', 'aborted']);
    expect(reports.length).to.be.greaterThan(0);
    const last = reports[reports.length - 1]!;
    expect(last.total).to.be.at.least(file.size);
    expect(last.loaded).to.equal(last.total);
    for (let i = 1; i < reports.length; i++) expect(reports[i]!.loaded).to.be.at.least(reports[i - 1]!.loaded);
  });

  it('aborts an upload in flight as `aborted`', async () => {
    const controller = new AbortController();
    const pending = client.uploadDocument(
      { thingId: 't1', kind: 'selfie', file: fileOf(32 * MB) },
      { signal: controller.signal, onUploadProgress: () => controller.abort() },
    );
    setTimeout(() => controller.abort(), 2000); // in case the browser reports no progress before the end
    expect((await rejectionOf(pending)).code).to.equal('aborted');
  });

  it('refuses a file the row does not accept before sending anything', async () => {
    const sends = await countXhrSends(async () => {
      const error = await rejectionOf(
        client.uploadDocument({ thingId: 't1', kind: 'passport', file: 'not a file' as unknown as File }, { onUploadProgress: () => {} }),
      );
      expect(error.code).to.equal('validation_failed');
      expect(error.fields).to.deep.equal([{ path: 'file', code: 'invalid_format' }]);
    });
    expect(sends).to.equal(0);
  });

  it('uses a custom fetch when one is given, reporting progress once at the end', async () => {
    const reports: UploadProgress[] = [];
    const bodies: unknown[] = [];
    const withFetch = createClientFor(thingEndpoints, {
      baseUrl: '',
      fetch: async (_url, init) => {
        bodies.push(init?.body);
        return new Response(JSON.stringify({ id: 'd1', count: 1 }), { status: 201 });
      },
    });
    const file = fileOf(1000);
    const sends = await countXhrSends(() =>
      withFetch.uploadDocument({ thingId: 't1', kind: 'selfie', file }, { onUploadProgress: (p) => reports.push(p) }),
    );
    expect(sends).to.equal(0);
    expect(bodies[0]).to.be.instanceOf(FormData);
    expect(reports).to.have.length(1);
    expect(reports[0]!.loaded).to.equal(reports[0]!.total);
    expect(reports[0]!.total).to.be.at.least(1000);
  });
});
