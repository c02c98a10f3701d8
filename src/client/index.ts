/**
 * `tillit/client`: the typed client of the tillit contract. No elements, no side effects.
 */
export { createClient } from './create-client.js';
export { createClientFor } from './create-client-for.js';
export { buildRequest } from './build-request.js';
export { getDefaultClient, setDefaultClient } from './default-client.js';
export type { AnyTillitClient } from './default-client.js';
export type { BuiltRequest, RequestContext } from './build-request.js';
export { TillitError, isTillitError } from './errors.js';
export type { TillitErrorCode, TillitErrorInit } from './errors.js';
export type {
  CallOptions,
  ClientOptions,
  EndpointMethod,
  EndpointResult,
  RetryOptions,
  TillitClient,
  UploadProgress,
} from './types.js';
export type * from '../contract/index.js';
