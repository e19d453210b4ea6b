import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HttpError } from "./errors";
import { readJson, readQuery } from "./parse";

const schema = z.object({ name: z.string(), cluster: z.object({ size: z.number().int() }) });

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://test/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** The HttpError `run` throws (or rejects with), as status and response body. */
async function failure(run: () => unknown) {
  let error: unknown;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(HttpError);
  const http = error as HttpError;
  return { status: http.status, body: await http.toResponse().json() };
}

describe("readJson", () => {
  it("returns the parsed body", async () => {
    expect(await readJson(post('{"name":"a","cluster":{"size":3}}'), schema)).toEqual({ name: "a", cluster: { size: 3 } });
  });

  it("reports every validation issue with a JSON pointer", async () => {
    const { status, body } = await failure(() => readJson(post('{"name":1,"cluster":{"size":"x"}}'), schema));
    expect(status).toBe(400);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(["/name", "/cluster/size"]);
  });

  it("rejects malformed, empty and non-UTF-8 bodies as invalid_json", async () => {
    for (const bad of ['{"name":', "", new Uint8Array([0x7b, 0xff, 0x7d])]) {
      const { status, body } = await failure(() => readJson(post(bad), schema));
      expect([status, body.error.code]).toEqual([400, "invalid_json"]);
    }
  });

  it("rejects a body over the limit by Content-Length without reading it", async () => {
    const request = post("{}", { "content-length": String(3 * 1024 * 1024) });
    const { status, body } = await failure(() => readJson(request, z.unknown()));
    expect([status, body.error.code]).toEqual([413, "payload_too_large"]);
  });

  it("rejects a body over the limit by the bytes read when the header is missing", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 64) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const { status } = await failure(() => readJson(post(stream), z.unknown(), { limitBytes: 10_000 }));
    expect(status).toBe(413);
    expect(sent).toBeLessThan(64);
  });

  it("accepts a body at exactly the limit", async () => {
    const text = `"${"a".repeat(98)}"`;
    expect(await readJson(post(text), z.string(), { limitBytes: 100 })).toHaveLength(98);
  });
});

describe("readQuery", () => {
  it("parses the query string, issues pointing at the parameter", async () => {
    const query = z.object({ revision: z.coerce.number().int().min(1).optional() });
    expect(readQuery(new Request("http://test/x?revision=4"), query)).toEqual({ revision: 4 });
    const { status, body } = await failure(() => readQuery(new Request("http://test/x?revision=0"), query));
    expect(status).toBe(400);
    expect(body.error.issues[0].path).toBe("/revision");
  });
});
