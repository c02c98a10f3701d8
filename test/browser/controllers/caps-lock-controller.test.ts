import { expect } from '@open-wc/testing';
import { CapsLockController } from '../../../src/controllers/caps-lock-controller.js';
import { FakeHost } from './fakes.js';

const key = (type: 'keydown' | 'keyup', capsLock: boolean) => new KeyboardEvent(type, { modifierCapsLock: capsLock, bubbles: true });

describe('CapsLockController', () => {
  const setUp = () => {
    const host = new FakeHost();
    const field = new EventTarget();
    const other = new EventTarget();
    const caps = new CapsLockController(host as unknown as FakeHost & HTMLElement, (target) => target === host || target === field);
    host.connect();
    return { host, field, other, caps };
  };

  it('follows Caps Lock from the key events of the field it watches, and forgets it when the field loses focus', () => {
    const { host, caps } = setUp();
    expect(caps.on).to.equal(false);
    host.dispatchEvent(key('keydown', true));
    expect(caps.on).to.equal(true);
    const updates = host.updates;
    host.dispatchEvent(key('keyup', true));
    expect(host.updates, 'no update while nothing changed').to.equal(updates);
    host.dispatchEvent(key('keyup', false));
    expect(caps.on).to.equal(false);
    host.dispatchEvent(key('keydown', true));
    host.dispatchEvent(new FocusEvent('focusout'));
    expect(caps.on, 'focus left the field').to.equal(false);
  });

  it('stops listening when the host disconnects, and listens again on reconnect', () => {
    const { host, caps } = setUp();
    host.disconnect();
    host.dispatchEvent(key('keydown', true));
    expect(caps.on, 'a disconnected element hears no keys').to.equal(false);
    host.connect();
    host.dispatchEvent(key('keydown', true));
    expect(caps.on).to.equal(true);
  });
});
