"use client";

import { z } from "zod";

import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/server/action";

const nothingToFill = z.object({});

/** Accepts an invitation for an account that already has a way to sign in. */
export function AcceptInvitationButton({
  submit,
}: {
  submit: (values: Record<string, never>) => Promise<ActionResult>;
}) {
  const { isSubmitting, onSubmit, summary } = useActionForm({
    schema: nothingToFill,
    fields: [],
    action: () => submit({}),
  });

  return (
    <form onSubmit={onSubmit}>
      <ErrorSummary errors={summary} />
      <FormFooter submitLabel="Accept invitation" isSubmitting={isSubmitting} />
    </form>
  );
}
