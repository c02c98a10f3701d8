// Filled in by the security work: the endpoint rows of this flow, and its testing-mode rows (access 'testing').
export const securityEndpoints = {} as const;
export const securityTestingEndpoints = {} as const;
