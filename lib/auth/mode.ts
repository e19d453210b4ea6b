// BLUEPRINT_AUTH, read in one place so that every guard agrees (lib/config.ts parses it).
import { config } from "../config";

export type AuthMode = "local" | "required";

export function authMode(): AuthMode {
  return config.BLUEPRINT_AUTH;
}
