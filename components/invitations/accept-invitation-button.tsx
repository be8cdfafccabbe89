"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import type { ActionResult } from "@/lib/server/action";

/** Accepts an invitation for an account that already has a way to sign in. */
export function AcceptInvitationButton({
  submit,
  then,
}: {
  submit: (values: Record<string, never>) => Promise<ActionResult<unknown>>;
  then: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setFormError(undefined);
    const result = await submit({});
    setBusy(false);
    if (result.ok) {
      router.push(then);
      router.refresh();
      return;
    }
    setFormError(result.message);
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={formError ? [{ message: formError }] : []} />
      <button type="submit" className="nhs-button" disabled={busy}>
        Accept invitation
      </button>
    </form>
  );
}
