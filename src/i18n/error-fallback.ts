/**
 * The error messages every element ships eagerly, in English: what to say when the errors chunk itself cannot be
 * fetched (the connection is down, or too slow), and for anything else meanwhile. The full catalog's `network`,
 * `timeout` and `unknown` are these same texts.
 */
export const errorFallback = {
  network: 'We could not connect. Check your internet connection and try again.',
  timeout: 'This is taking too long. Check your connection and try again.',
  unknown: 'Something went wrong. Try again later.',
};
