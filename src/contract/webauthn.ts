import * as z from 'zod/mini';
import type {
  AuthenticationResponseJSON as AuthenticationResponseJSONType,
  PublicKeyCredentialCreationOptionsJSON as CreationOptionsType,
  PublicKeyCredentialRequestOptionsJSON as RequestOptionsType,
  RegistrationResponseJSON as RegistrationResponseJSONType,
} from '@simplewebauthn/browser';

/*
 * WebAuthn JSON shapes, as @simplewebauthn types them. The schemas check the members a browser and a verifier
 * need. Options (server -> browser) let unknown members through, since browsers ignore what they do not know;
 * responses (browser -> server) keep only the members a verifier reads.
 * The type assertions at the end keep the schemas and @simplewebauthn's types from drifting apart.
 */

const Base64Url = z.string().check(z.regex(/^[A-Za-z0-9_-]*$/));

/**
 * A WebAuthn credential id as the browser reports it (`id` of a registration response): base64url without padding.
 * Credential ids have up to 1023 bytes, so up to 1364 characters, more than the 200 of the contract's own `Id`s.
 */
export const CredentialId = z.string().check(z.minLength(1), z.maxLength(1364), z.regex(/^[A-Za-z0-9_-]+$/));
const Transports = z.optional(z.array(z.string()));

const CredentialDescriptor = z.looseObject({
  id: Base64Url,
  type: z.literal('public-key'),
  transports: Transports,
});

export const PublicKeyCredentialRequestOptionsJSON = z.looseObject({
  challenge: Base64Url,
  timeout: z.optional(z.number()),
  rpId: z.optional(z.string()),
  allowCredentials: z.optional(z.array(CredentialDescriptor)),
  userVerification: z.optional(z.enum(['required', 'preferred', 'discouraged'])),
});

export const PublicKeyCredentialCreationOptionsJSON = z.looseObject({
  rp: z.looseObject({ id: z.optional(z.string()), name: z.string() }),
  user: z.looseObject({ id: Base64Url, name: z.string(), displayName: z.string() }),
  challenge: Base64Url,
  pubKeyCredParams: z.array(z.looseObject({ alg: z.number(), type: z.literal('public-key') })),
  timeout: z.optional(z.number()),
  excludeCredentials: z.optional(z.array(CredentialDescriptor)),
  authenticatorSelection: z.optional(z.looseObject({})),
  attestation: z.optional(z.enum(['none', 'indirect', 'direct', 'enterprise'])),
});

// Only the extension outputs a verifier reads; others are dropped on parsing.
const ExtensionResults = z.object({
  appid: z.optional(z.boolean()),
  credProps: z.optional(z.object({ rk: z.optional(z.boolean()) })),
  hmacCreateSecret: z.optional(z.boolean()),
});

const AuthenticatorAttachment = z.optional(z.enum(['platform', 'cross-platform']));

/** The members every credential the browser hands back has, around its ceremony-specific `response`. */
const credentialShape = {
  id: Base64Url,
  rawId: Base64Url,
  type: z.literal('public-key'),
  authenticatorAttachment: AuthenticatorAttachment,
  clientExtensionResults: ExtensionResults,
};

export const AuthenticationResponseJSON = z.object({
  ...credentialShape,
  response: z.object({
    clientDataJSON: Base64Url,
    authenticatorData: Base64Url,
    signature: Base64Url,
    userHandle: z.optional(Base64Url),
  }),
});

export const RegistrationResponseJSON = z.object({
  ...credentialShape,
  response: z.object({
    clientDataJSON: Base64Url,
    attestationObject: Base64Url,
    authenticatorData: z.optional(Base64Url),
    transports: Transports,
    publicKeyAlgorithm: z.optional(z.number()),
    publicKey: z.optional(Base64Url),
  }),
});

// What the browser library produces must pass our schemas' static types, and what our schemas let through must
// be usable as input to the browser library. A compile error here means the two drifted.
type Assignable<To, From extends To> = From;
export type _RequestOptionsFits = Assignable<RequestOptionsType, z.infer<typeof PublicKeyCredentialRequestOptionsJSON>>;
export type _CreationOptionsFits = Assignable<
  CreationOptionsType,
  z.infer<typeof PublicKeyCredentialCreationOptionsJSON>
>;
export type _AuthResponseFits = Assignable<z.input<typeof AuthenticationResponseJSON>, AuthenticationResponseJSONType>;
export type _RegResponseFits = Assignable<z.input<typeof RegistrationResponseJSON>, RegistrationResponseJSONType>;
