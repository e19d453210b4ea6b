import type { Metadata } from "next";
import { AuthForm } from "@/components/auth/AuthForm";
import { AuthPage } from "@/components/auth/AuthPage";
import { safeNext } from "@/components/auth/safe-next";

export const metadata: Metadata = { title: "Sign in · Blueprint" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  return (
    <AuthPage title="Sign in to Blueprint">
      <AuthForm mode="signin" next={safeNext((await searchParams).next)} />
    </AuthPage>
  );
}
