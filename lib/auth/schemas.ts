// Request bodies of the auth, team and invite routes.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";
import { roleSchema } from "./roles";

/** Emails are compared lower-cased: the stored address is the lower-cased one. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be an email address"))
  .transform((email) => email.toLowerCase());

const nameSchema = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");

export const signUpBodySchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
  name: nameSchema,
});

// No length rule at sign-in: a wrong password is a 401 like any other, not a hint about the rules.
export const signInBodySchema = z.object({
  email: emailSchema,
  password: z.string().max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
});

export const signOutBodySchema = z.object({ everywhere: z.boolean().optional() });

export const createTeamBodySchema = z.object({ name: nameSchema });

export const memberRoleBodySchema = z.strictObject({ role: roleSchema });

export const inviteBodySchema = z.object({ email: emailSchema, role: roleSchema });
