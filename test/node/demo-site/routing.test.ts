/** The demo site's route table and what it accepts from history state (demo/page/site/). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readState } from '../../../demo/page/site/history.js';
import { pageAt, routes } from '../../../demo/page/site/routes.js';

describe('the demo site\'s routes', () => {
  it('finds each page by its path, with or without a trailing slash, and nothing else', () => {
    for (const [id, route] of Object.entries(routes)) {
      assert.equal(pageAt(route.path), id);
      assert.equal(pageAt(`${route.path}/`), id);
    }
    for (const path of ['/', '', '/accounts', '/account/security/x', '/SIGN-IN']) assert.equal(pageAt(path), undefined, path);
  });

  it('gives every page its own path', () => {
    const paths = Object.values(routes).map((r) => r.path);
    assert.equal(new Set(paths).size, paths.length);
  });
});

describe('history state a page hands the next', () => {
  it('keeps a well-formed identifier and a return path to one of our pages', () => {
    assert.deepEqual(readState({ identifier: { type: 'email', email: 'a@example.com' }, returnTo: '/account' }), {
      identifier: { type: 'email', email: 'a@example.com' },
      returnTo: '/account',
    });
    assert.deepEqual(readState({ identifier: { type: 'phone', phone: '+46701234567' } }), {
      identifier: { type: 'phone', phone: '+46701234567' },
    });
  });

  it('drops anything else: other sites, odd shapes, extra fields', () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/account', '/account?x=1', 'javascript:alert(1)', 42]) {
      assert.deepEqual(readState({ returnTo }), {}, String(returnTo));
    }
    assert.deepEqual(readState({ identifier: { type: 'email', phone: '+46701234567' } }), {});
    assert.deepEqual(readState({ identifier: 'a@example.com', password: 'secret' }), {});
    for (const raw of [null, 'x', 1]) assert.deepEqual(readState(raw), {});
  });
});
