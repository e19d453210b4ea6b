import { expect, test } from "@playwright/test";

test("GET /api/health reports the database it really queried", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toEqual({ ok: true, database: process.env.DATABASE_URL ? "postgres" : "embedded" });
});
