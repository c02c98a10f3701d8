// Filled in by the step-up work: the endpoint rows of this flow, and its testing-mode rows (access 'testing').
export const stepUpEndpoints = {} as const;
export const stepUpTestingEndpoints = {} as const;
