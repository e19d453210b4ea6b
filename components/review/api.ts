// Calls from the review pages to the review API. Errors come back as the API's message, so that
// the pages can show what went wrong in the server's words.
export async function sendJson<T>(method: "POST" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (payload as { error?: { message?: string } } | null)?.error?.message;
    throw new Error(message ?? `The server answered ${response.status}.`);
  }
  return payload as T;
}

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
