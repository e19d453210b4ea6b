import { expect, test } from "@playwright/test";
import { request as httpRequest } from "node:http";

// DNS rebinding: a page on attacker.example that rebinds its name to this machine sends
// `Host: attacker.example`. In local mode every request is the owner, so those must be refused.
function getWithHost(baseURL: string, path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname: url.hostname, port: url.port, path: url.pathname, headers: { host } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("local mode refuses pages and API calls made under a foreign host name", async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  const api = await getWithHost(baseURL!, "/api/designs", `attacker.example:${port}`);
  expect(api.status).toBe(403);
  expect(JSON.parse(api.body).error).toMatchObject({ code: "forbidden" });
  expect(api.body).not.toContain("designs\":[");
  expect((await getWithHost(baseURL!, "/", `attacker.example:${port}`)).status).toBe(403);
});

test("local mode answers localhost names, and health checks under any name", async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  expect((await getWithHost(baseURL!, "/api/designs", `localhost:${port}`)).status).toBe(200);
  expect((await getWithHost(baseURL!, "/api/designs", `127.0.0.1:${port}`)).status).toBe(200);
  expect((await getWithHost(baseURL!, "/api/health", `monitor.example:${port}`)).status).toBe(200);
});
