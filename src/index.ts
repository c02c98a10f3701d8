/**
 * `tillit`: registers every element under its default tag name. For one element only, import `tillit/<tag>`;
 * for the classes without registering, `tillit/elements`; for the typed client alone, `tillit/client`.
 */
export * from './elements/index.js';
