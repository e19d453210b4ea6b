// Wraps a route handler so that every failure leaves as the standard error shape: HttpErrors as
// they are, the repositories' typed errors as 404 / 409, anything else as a logged 500 that
// shows the client nothing internal. It is also the one place that refuses cross-site writes
// (lib/auth/csrf.ts) before any handler runs.
import { csrfRejection } from "../auth/csrf";
import { ConflictError, NotFoundError } from "../db/errors";
import { loadDocument } from "./designs";
import { errorResponse, HttpError } from "./errors";

export function apiHandler<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const rejected = csrfRejection(request);
    if (rejected) return rejected.toResponse();
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error, request);
    }
  };
}

export function toErrorResponse(error: unknown, request: Request): Response {
  if (error instanceof HttpError) return error.toResponse();
  if (error instanceof NotFoundError) {
    const what = error.entity === "design" ? `Design ${error.id}` : `Revision ${error.id}`;
    return errorResponse(404, "not_found", `${what} does not exist.`);
  }
  if (error instanceof ConflictError) {
    const { head } = error;
    return errorResponse(
      409,
      "conflict",
      `The design changed since revision ${error.baseRevision}: it is now at revision ${head.number}. ` +
        "Reload it (or merge your changes onto the head) and save again.",
      undefined,
      {
        head: {
          revision: head.number,
          // In the current format, like every document the API hands out.
          document: loadDocument(head.document).document,
          message: head.message,
          authorName: head.authorName,
          createdAt: head.createdAt,
        },
      },
    );
  }
  console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
  return errorResponse(500, "internal_error", "The server failed to handle the request.");
}
