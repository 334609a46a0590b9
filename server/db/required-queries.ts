// The names of the queries the server runs; the registry refuses to start when one is missing.
export const REQUIRED_QUERIES = ['server-components'] as const;
