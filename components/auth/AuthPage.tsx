import type { ReactNode } from "react";

/** The narrow centred frame of the sign-in, sign-up and invite pages. */
export function AuthPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto max-w-sm space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
