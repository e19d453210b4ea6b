// Shared HTTP helpers for the route handlers under app/api.
export * from "./errors";
export { apiHandler, toErrorResponse } from "./handler";
export { DEFAULT_BODY_LIMIT_BYTES, parseWith, readJson, readQuery, zodIssues } from "./parse";
