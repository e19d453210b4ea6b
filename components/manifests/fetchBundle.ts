/**
 * Download of a saved revision's bundle (GET /api/designs/:id/bundle?revision=N) with progress:
 * the response body is read as a stream and counted against Content-Length, which the server
 * sends for the finished zip (absent, the progress is indeterminate).
 */
export type DownloadProgress = { receivedBytes: number; totalBytes: number | null };

export type BundleDownload = { blob: Blob; fileName: string };

/** A failed download, with the message the API gave (`{ error: { code, message } }`) or one said here. */
export class BundleDownloadError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "BundleDownloadError";
  }
}

export function bundleUrl(designId: string, revision: number): string {
  return `/api/designs/${encodeURIComponent(designId)}/bundle?revision=${revision}`;
}

/** The file name from Content-Disposition (RFC 6266: filename* before filename), else `fallback`. */
export function attachmentFileName(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed percent-encoding falls through to the plain filename.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(contentDisposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : fallback;
}

/** The API's error message, or a sentence built from the status when the body is not the API's shape. */
async function errorMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    if (typeof message === "string" && message !== "") return message;
  } catch {
    // Not JSON (a proxy's HTML error page): fall back to the status below.
  }
  return `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`;
}

function contentLength(response: Response): number | null {
  const value = Number(response.headers.get("content-length"));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Fetches the bundle, calling `onProgress` as bytes arrive; throws BundleDownloadError on failure. */
export async function fetchBundle(
  designId: string,
  revision: number,
  onProgress: (progress: DownloadProgress) => void,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<BundleDownload> {
  let response: Response;
  try {
    response = await fetchImpl(bundleUrl(designId, revision), { signal, headers: { accept: "application/zip" } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new BundleDownloadError("The server could not be reached. Check the connection and try again.", null);
  }
  if (!response.ok) throw new BundleDownloadError(await errorMessage(response), response.status);

  const totalBytes = contentLength(response);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let receivedBytes = 0;
  onProgress({ receivedBytes, totalBytes });
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      receivedBytes += value.byteLength;
      onProgress({ receivedBytes, totalBytes });
    }
  }
  const fallback = `${designId}-r${revision}.zip`;
  const type = response.headers.get("content-type") ?? "application/zip";
  return { blob: new Blob(chunks, { type }), fileName: attachmentFileName(response.headers.get("content-disposition"), fallback) };
}
