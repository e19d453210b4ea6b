import type { Metadata } from "next";
import { AuthForm } from "@/components/auth/AuthForm";
import { AuthPage } from "@/components/auth/AuthPage";
import { safeNext } from "@/components/auth/safe-next";

export const metadata: Metadata = { title: "Sign up · Blueprint" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  return (
    <AuthPage title="Create a Blueprint account">
      <p className="text-sm text-slate-600 dark:text-slate-300">Your designs go to your personal team; invite others from a team&apos;s page.</p>
      <AuthForm mode="signup" next={safeNext((await searchParams).next)} />
    </AuthPage>
  );
}
