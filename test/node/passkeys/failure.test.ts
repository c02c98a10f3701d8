import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WebAuthnError } from '@simplewebauthn/browser';
import { TillitError } from '../../../src/client/errors.js';
import { passkeyFailure } from '../../../src/passkeys/failure.js';

const library = (code: string, causeName: string, message = 'a message in any language') =>
  new WebAuthnError({ message, code: code as never, cause: new DOMException(message, causeName) });

describe('passkeyFailure', () => {
  it('sorts the library’s WebAuthnError by its code', () => {
    assert.equal(passkeyFailure(library('ERROR_CEREMONY_ABORTED', 'AbortError')), 'aborted');
    assert.equal(passkeyFailure(library('ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED', 'InvalidStateError')), 'exists');
    assert.equal(passkeyFailure(library('ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT', 'ConstraintError')), 'unsupported');
    assert.equal(passkeyFailure(library('ERROR_AUTHENTICATOR_NO_SUPPORTED_PUBKEYCREDPARAMS_ALG', 'NotSupportedError')), 'unsupported');
    assert.equal(passkeyFailure(library('ERROR_INVALID_RP_ID', 'SecurityError')), 'failed');
    assert.equal(passkeyFailure(library('ERROR_INVALID_DOMAIN', 'SecurityError')), 'failed');
  });

  it('reads a passed-through error by its cause’s name, never by the message', () => {
    assert.equal(passkeyFailure(library('ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY', 'NotAllowedError')), 'cancelled');
    // A message that says "not supported" is still a cancel when the name says so (no text matching).
    assert.equal(passkeyFailure(library('ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY', 'NotAllowedError', 'Operation not supported')), 'cancelled');
    assert.equal(passkeyFailure(library('ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY', 'UnknownError')), 'failed');
  });

  it('sorts the browser’s own DOMExceptions (the native autofill path) by name', () => {
    assert.equal(passkeyFailure(new DOMException('x', 'AbortError')), 'aborted');
    assert.equal(passkeyFailure(new DOMException('x', 'NotAllowedError')), 'cancelled');
    assert.equal(passkeyFailure(new DOMException('x', 'InvalidStateError')), 'exists');
    assert.equal(passkeyFailure(new DOMException('x', 'NotSupportedError')), 'unsupported');
    assert.equal(passkeyFailure(new DOMException('x', 'SecurityError')), 'failed');
  });

  it('calls anything else a failure, a plain Error saying "not supported" included', () => {
    assert.equal(passkeyFailure(new Error('WebAuthn is not supported in this browser')), 'failed');
    assert.equal(passkeyFailure(new TillitError('passkey_failed', 'x')), 'failed');
    assert.equal(passkeyFailure('nope'), 'failed');
    assert.equal(passkeyFailure(undefined), 'failed');
  });
});
