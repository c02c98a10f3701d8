// Filled in by the two-factor-reset work: the endpoint rows of this flow, and its testing-mode rows (access 'testing').
export const twoFactorResetEndpoints = {} as const;
export const twoFactorResetTestingEndpoints = {} as const;
