// Shared pieces of the API specs: creating designs to work on, and reading error bodies.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

export interface Summary {
  id: string;
  name: string;
  description: string;
  headRevision: number;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A unique display name, so that specs never depend on what other runs left in the database. */
export const uniqueName = (label: string) => `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

export async function createFromTemplate(
  request: APIRequestContext,
  template: "reference-5000" | "starter-500" | "empty" = "empty",
  name = uniqueName(template),
): Promise<Summary> {
  const response = await request.post("/api/designs", { data: { name, template } });
  expect(response.status()).toBe(201);
  return response.json();
}

export async function getDesign(request: APIRequestContext, id: string, query = "") {
  const response = await request.get(`/api/designs/${id}${query}`);
  expect(response.status()).toBe(200);
  return response.json();
}

/** Asserts the standard error shape and returns it. */
export async function expectError(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  const body = await response.json();
  expect(body.error).toMatchObject({ code, message: expect.any(String) });
  return body as { error: { code: string; message: string; issues?: { path: string; message: string }[] }; head?: unknown };
}

/** The JSON pointers of a validation_failed response. */
export async function expectIssuePaths(response: APIResponse) {
  const body = await expectError(response, 400, "validation_failed");
  expect(body.error.issues?.length).toBeGreaterThan(0);
  for (const issue of body.error.issues ?? []) {
    expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
    expect(issue.message).not.toBe("");
  }
  return (body.error.issues ?? []).map((issue) => issue.path);
}

/** A body sent byte for byte (the request fixture JSON-encodes a string sent as application/json). */
export const rawJson = (text: string) => ({ data: Buffer.from(text), headers: { "content-type": "application/json" } });

/** A body just over the 2 MB limit, as valid JSON. */
export const oversizedBody = () => JSON.stringify({ name: "big", padding: "x".repeat(2 * 1024 * 1024) });
