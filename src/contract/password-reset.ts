// Filled in by the password-reset work: the endpoint rows of this flow, and its testing-mode rows (access 'testing').
export const passwordResetEndpoints = {} as const;
export const passwordResetTestingEndpoints = {} as const;
