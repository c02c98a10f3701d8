import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';

/*
 * The JSON shapes of WebAuthn options and responses (the contract's schemas check the same members). Re-exported
 * under one name so the passkey modules and their callers type against one source.
 */
export type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON as CreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON as RequestOptionsJSON,
  RegistrationResponseJSON,
};
