/**
 * The strict policy the demo page is served under, to prove the elements need nothing looser: no inline script
 * or style, Trusted Types enforced (Lit creates its own `lit-html` policy, tillit's image worker `tillit`), no plugins, no framing.
 */
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // The image pipeline of <kyc-uploader> runs in a same-origin worker (docs/IMAGE.md).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // `tillit`: the image worker's policy, whose only URL is its own worker file.
  'trusted-types lit-html tillit',
].join('; ');
