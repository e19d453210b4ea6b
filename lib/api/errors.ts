// The API's error shape, one for every route (shared/design.md, "API conventions"):
//   { "error": { "code": "validation_failed", "message": "...", "issues": [{ "path", "message" }] } }
// `path` is a JSON pointer (RFC 6901) into the request body, e.g. "/document/cluster/name"; ""
// is the body itself. Query parameters are reported as "/<name>".

export interface ApiIssue {
  path: string;
  message: string;
}

export type ApiErrorCode =
  | "invalid_json"
  | "validation_failed"
  | "payload_too_large"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_many_requests"
  | "internal_error";

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; issues?: ApiIssue[] };
}

/** A failure that ends the request with `status`; thrown anywhere below a route handler. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = "HttpError";
  }

  toResponse(): Response {
    return errorResponse(this.status, this.code, this.message, this.issues);
  }
}

export function errorResponse(
  status: number,
  code: ApiErrorCode,
  message: string,
  issues?: ApiIssue[],
  extra?: Record<string, unknown>,
): Response {
  const body: ApiErrorBody = { error: issues ? { code, message, issues } : { code, message } };
  return Response.json({ ...body, ...extra }, { status });
}

export const invalidJson = (message: string) => new HttpError(400, "invalid_json", message);

export const validationFailed = (issues: ApiIssue[], message = "The request is not valid.") =>
  new HttpError(400, "validation_failed", message, issues);

export const payloadTooLarge = (limitBytes: number) =>
  new HttpError(413, "payload_too_large", `The request body is larger than ${limitBytes} bytes.`);

export const unauthenticated = (message = "Sign in first.") => new HttpError(401, "unauthenticated", message);
export const forbidden = (message = "You do not have the rights for this.") =>
  new HttpError(403, "forbidden", message);

export const notFound = (message: string) => new HttpError(404, "not_found", message);
