// Filled in by the sign-in/testing work: the core testing-mode rows (accounts, outbox, clock, captcha).
export const coreTestingEndpoints = {} as const;
