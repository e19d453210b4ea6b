"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ApiError, requestJson } from "@/components/designs/api-client";

const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

/** Sign-in or sign-up form; on success goes to `next` (already checked to be a path of this site). */
export function AuthForm({ mode, next }: { mode: "signin" | "signup"; next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = Object.fromEntries(["email", "password", ...(mode === "signup" ? ["name"] : [])].map((k) => [k, String(form.get(k) ?? "")]));
    setBusy(true);
    setError(null);
    try {
      await requestJson(`/api/auth/${mode}`, { method: "POST", body: JSON.stringify(body) });
      router.push(next);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.describe() : "Something went wrong; try again.");
      setBusy(false);
    }
  }

  const other = mode === "signin" ? "signup" : "signin";
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {mode === "signup" && (
        <label className="block space-y-1 text-sm">
          <span>Name</span>
          <input name="name" autoComplete="name" required className={inputClass} />
        </label>
      )}
      <label className="block space-y-1 text-sm">
        <span>Email</span>
        <input name="email" type="email" autoComplete="email" required className={inputClass} />
      </label>
      <label className="block space-y-1 text-sm">
        <span>Password</span>
        <input
          name="password"
          type="password"
          autoComplete={mode === "signup" ? "new-password" : "current-password"}
          minLength={mode === "signup" ? 10 : undefined}
          required
          className={inputClass}
        />
      </label>
      {error && (
        <p role="alert" data-testid="form-error" className="whitespace-pre-line text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={busy}>
        {mode === "signin" ? "Sign in" : "Create account"}
      </Button>
      <p className="text-sm">
        {mode === "signin" ? "No account yet? " : "Have an account? "}
        <Link className="text-sky-700 underline dark:text-sky-300" href={`/${other}?next=${encodeURIComponent(next)}`}>
          {mode === "signin" ? "Sign up" : "Sign in"}
        </Link>
      </p>
    </form>
  );
}
