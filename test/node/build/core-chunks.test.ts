import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GetModuleInfo, ModuleInfo } from 'rollup';
import { coreChunks } from '../../../scripts/rollup-core-chunks.mjs';

/** A module graph as rollup's `getModuleInfo` sees it: static and dynamic imports by id. */
function graph(modules: Record<string, { imports?: string[]; lazy?: string[]; external?: boolean }>): GetModuleInfo {
  return (id) => {
    const m = modules[id];
    if (!m) return null;
    return { id, isExternal: m.external ?? false, importedIds: m.imports ?? [], dynamicallyImportedIds: m.lazy ?? [] } as unknown as ModuleInfo;
  };
}

const login = '/r/src/elements/login-form/define.ts';
const totp = '/r/src/elements/totp-setup/define.ts';
const getModuleInfo = graph({
  [login]: { imports: ['/r/src/elements/login-form/login-form.ts'] },
  '/r/src/elements/login-form/login-form.ts': {
    imports: ['/r/src/i18n/core.ts', '/r/src/elements/shared/text-input.ts', '/r/src/elements/shared/frame-styles.ts', '/r/src/elements/login-form/marker.ts', '/r/src/client/errors.ts', '/r/src/events/signed-in.ts', 'lit'],
    lazy: ['/r/src/elements/login-form/second-factor.ts', '/r/src/elements/login-form/social.ts'],
  },
  '/r/src/elements/login-form/second-factor.ts': { imports: ['/r/src/elements/shared/text-input.ts', '/r/src/i18n/core.ts', '/r/src/events/signed-in.ts', '/r/src/elements/shared/code-form.ts', '/r/src/client/errors.ts'] },
  '/r/src/elements/login-form/social.ts': { imports: ['/r/src/elements/login-form/marker.ts'] },
  '/r/src/elements/shared/text-input.ts': { imports: ['lit'] },
  '/r/src/elements/shared/frame-styles.ts': { imports: ['/r/src/i18n/core.ts'] },
  '/r/src/elements/shared/code-form.ts': {},
  '/r/src/elements/login-form/marker.ts': {},
  '/r/src/i18n/core.ts': {},
  '/r/src/events/signed-in.ts': {},
  '/r/src/client/errors.ts': {},
  [totp]: { imports: ['/r/src/i18n/core.ts'] },
  lit: { external: true },
});

describe('rollup-core-chunks: what <login-form> loads up front and its lazy parts share', () => {
  const chunkOf = coreChunks(login, [login, totp]);
  const of = (id: string): string | undefined => chunkOf(id, { getModuleInfo });

  it('groups the up-front modules a lazy part imports too, its own marker included, into login-form-core', () => {
    assert.equal(of('/r/src/elements/shared/text-input.ts'), 'login-form-core');
    assert.equal(of('/r/src/elements/login-form/marker.ts'), 'login-form-core');
  });

  it('puts what every element loads up front into elements-core and the events into events-core', () => {
    assert.equal(of('/r/src/i18n/core.ts'), 'elements-core');
    assert.equal(of('/r/src/events/signed-in.ts'), 'events-core');
  });

  it('leaves alone what no lazy part needs, what only lazy parts load, the client and external packages', () => {
    for (const id of ['/r/src/elements/shared/frame-styles.ts', '/r/src/elements/login-form/login-form.ts', '/r/src/elements/shared/code-form.ts', '/r/src/client/errors.ts', 'lit']) {
      assert.equal(of(id), undefined, id);
    }
  });
});

describe('rollup-core-chunks: an exclusive core (every element after login-form)', () => {
  const settings = '/r/src/elements/security-settings/define.ts';
  const reset = '/r/src/elements/password-reset/define.ts';
  // What the flow loads up front and its lazy task part loads too.
  const sharedByFlowAndPart = [
    '/r/src/elements/security-settings/context.ts',
    '/r/src/elements/security-settings/uses-shared.ts',
    '/r/src/elements/security-settings/lazily-shared.ts',
    '/r/src/controllers/step-controller.ts',
    '/r/src/i18n/core.ts',
  ];
  const shared = graph({
    [settings]: { imports: ['/r/src/elements/security-settings/flow.ts'] },
    '/r/src/elements/security-settings/flow.ts': {
      imports: sharedByFlowAndPart,
      lazy: ['/r/src/elements/security-settings/task-part.ts'],
    },
    '/r/src/elements/security-settings/task-part.ts': {
      imports: sharedByFlowAndPart,
    },
    '/r/src/elements/security-settings/context.ts': {},
    '/r/src/elements/security-settings/uses-shared.ts': { imports: ['/r/src/controllers/step-controller.ts'] },
    '/r/src/controllers/step-controller.ts': {},
    '/r/src/i18n/core.ts': {},
    [reset]: { imports: ['/r/src/controllers/step-controller.ts', '/r/src/i18n/core.ts'] },
    [totp]: { imports: ['/r/src/i18n/core.ts'], lazy: ['/r/src/elements/totp-setup/part.ts'] },
    '/r/src/elements/totp-setup/part.ts': { imports: ['/r/src/elements/security-settings/lazily-shared.ts'] },
    '/r/src/elements/security-settings/lazily-shared.ts': {},
  });
  const every = [settings, reset, totp];
  const of = (id: string, exclusive: boolean): string | undefined => coreChunks(settings, every, { exclusive })(id, { getModuleInfo: shared });

  it('groups what only this element loads up front and its lazy part loads too', () => {
    assert.equal(of('/r/src/elements/security-settings/context.ts', true), 'security-settings-core');
  });

  it('leaves a module another element loads up front where rollup puts it, so that element does not load this core', () => {
    assert.equal(of('/r/src/controllers/step-controller.ts', true), undefined);
    assert.equal(of('/r/src/controllers/step-controller.ts', false), 'security-settings-core');
    // What every element shares is login-form's core's to group (elements-core), not an exclusive one's.
    assert.equal(of('/r/src/i18n/core.ts', true), undefined);
    assert.equal(of('/r/src/i18n/core.ts', false), 'elements-core');
  });

  it('leaves a module another element loads in a lazy part (that part would load this core)', () => {
    assert.equal(of('/r/src/elements/security-settings/lazily-shared.ts', true), undefined);
    assert.equal(of('/r/src/elements/security-settings/lazily-shared.ts', false), 'security-settings-core');
  });

  it('leaves a module that imports one another element loads up front (rollup would pull it into the core)', () => {
    assert.equal(of('/r/src/elements/security-settings/uses-shared.ts', true), undefined);
    assert.equal(of('/r/src/elements/security-settings/uses-shared.ts', false), 'security-settings-core');
  });
});
