import path from "node:path";
import { expect, it } from "vitest";
import { parseConfig } from "./config";

it("defaults to the embedded database under .data, local auth and port 3000", () => {
  expect(parseConfig({})).toEqual({
    DATABASE_URL: undefined,
    BLUEPRINT_DATA_DIR: path.resolve(".data"),
    BLUEPRINT_AUTH: "local",
    BLUEPRINT_ALLOWED_HOSTS: [],
    PORT: 3000,
    NODE_ENV: "development",
  });
});

it("treats empty variables as unset and resolves the data dir", () => {
  const config = parseConfig({ DATABASE_URL: "", BLUEPRINT_DATA_DIR: ".data/x", PORT: "3101" });
  expect(config).toMatchObject({ DATABASE_URL: undefined, BLUEPRINT_DATA_DIR: path.resolve(".data/x"), PORT: 3101 });
});

it("accepts postgres URLs and names every bad variable", () => {
  expect(parseConfig({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x" }).DATABASE_URL).toBe(
    "postgresql://postgres@127.0.0.1:5432/x",
  );
  expect(() => parseConfig({ DATABASE_URL: "mysql://db/x", PORT: "http" })).toThrow(/DATABASE_URL.*PORT/);
});

it("takes BLUEPRINT_AUTH=required and refuses anything but local or required", () => {
  expect(parseConfig({ BLUEPRINT_AUTH: "required" }).BLUEPRINT_AUTH).toBe("required");
  expect(parseConfig({ BLUEPRINT_AUTH: "" }).BLUEPRINT_AUTH).toBe("local");
  expect(() => parseConfig({ BLUEPRINT_AUTH: "off" })).toThrow(/BLUEPRINT_AUTH/);
});

it("reads BLUEPRINT_ALLOWED_HOSTS as lower-case names, blanks dropped", () => {
  expect(parseConfig({ BLUEPRINT_ALLOWED_HOSTS: "Studio.LAN, 10.0.0.5,," }).BLUEPRINT_ALLOWED_HOSTS).toEqual(["studio.lan", "10.0.0.5"]);
});
