// Filled in by the kyc work: the endpoint rows of this flow, and its testing-mode rows (access 'testing').
export const kycEndpoints = {} as const;
export const kycTestingEndpoints = {} as const;
