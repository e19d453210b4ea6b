import { describe, expect, it } from "vitest";
import { attachmentFileName, BundleDownloadError, bundleUrl, fetchBundle, type DownloadProgress } from "./fetchBundle";

/** A fetch that answers with `response`, after checking the URL the view asks for. */
function answering(response: Response, expectedUrl: string): typeof fetch {
  return async (input) => {
    expect(String(input)).toBe(expectedUrl);
    return response;
  };
}

/** A body that arrives in the given chunks, as a slow network delivers a zip. */
function streamOf(chunks: number[][]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
}

describe("bundleUrl", () => {
  it("asks for the saved revision, with the id escaped", () => {
    expect(bundleUrl("d 1", 7)).toBe("/api/designs/d%201/bundle?revision=7");
  });
});

describe("fetchBundle", () => {
  it("reports progress chunk by chunk against Content-Length and returns the whole body", async () => {
    const response = new Response(streamOf([[80, 75], [3, 4, 5], [6]]), {
      headers: { "content-length": "6", "content-type": "application/zip", "content-disposition": 'attachment; filename="starter-500-r3.zip"' },
    });
    const progress: DownloadProgress[] = [];
    const result = await fetchBundle("abc", 3, (p) => progress.push(p), answering(response, "/api/designs/abc/bundle?revision=3"));
    // 2 + 3 + 1 bytes: 0, 2, 5 and 6 of 6 received.
    expect(progress).toEqual([
      { receivedBytes: 0, totalBytes: 6 },
      { receivedBytes: 2, totalBytes: 6 },
      { receivedBytes: 5, totalBytes: 6 },
      { receivedBytes: 6, totalBytes: 6 },
    ]);
    expect(result.fileName).toBe("starter-500-r3.zip");
    expect(new Uint8Array(await result.blob.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4, 5, 6]));
  });

  it("reports an unknown total when the server sends no Content-Length, and names the file after the design", async () => {
    const progress: DownloadProgress[] = [];
    const result = await fetchBundle("abc", 1, (p) => progress.push(p), answering(new Response(streamOf([[1, 2]])), "/api/designs/abc/bundle?revision=1"));
    expect(progress.at(-1)).toEqual({ receivedBytes: 2, totalBytes: null });
    expect(result.fileName).toBe("abc-r1.zip");
  });

  it("fails with the API's error message and status", async () => {
    const body = { error: { code: "not_found", message: "Revision 9 of design abc does not exist." } };
    const response = Response.json(body, { status: 404 });
    const failure = fetchBundle("abc", 9, () => {}, answering(response, "/api/designs/abc/bundle?revision=9"));
    await expect(failure).rejects.toEqual(new BundleDownloadError("Revision 9 of design abc does not exist.", 404));
    await expect(failure).rejects.toMatchObject({ status: 404 });
  });

  it("says the status when the error body is not the API's JSON", async () => {
    const response = new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" });
    await expect(fetchBundle("abc", 1, () => {}, answering(response, "/api/designs/abc/bundle?revision=1"))).rejects.toThrow(
      "The server answered 502 Bad Gateway.",
    );
  });

  it("says the server could not be reached when the request itself fails", async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    await expect(fetchBundle("abc", 1, () => {}, offline)).rejects.toThrow("The server could not be reached");
  });
});

describe("attachmentFileName", () => {
  it("prefers the UTF-8 filename* over the plain one (RFC 6266)", () => {
    expect(attachmentFileName(`attachment; filename="a.zip"; filename*=UTF-8''r%C3%A9seau.zip`, "x.zip")).toBe("réseau.zip");
  });

  it("reads an unquoted filename and falls back without a header", () => {
    expect(attachmentFileName("attachment; filename=b.zip", "x.zip")).toBe("b.zip");
    expect(attachmentFileName(null, "x.zip")).toBe("x.zip");
  });
});
