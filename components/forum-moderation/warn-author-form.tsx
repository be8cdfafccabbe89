"use client";

import { useState } from "react";

import { warnAuthorAction } from "@/app/forums/review/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { warnAuthorSchema } from "@/lib/forums/moderation/schemas";

/** A moderator's message to a post's author, behind a disclosure. */
export function WarnAuthorForm({ postId, authorName }: { postId: string; authorName: string }) {
  const [sent, setSent] = useState(false);
  const fieldId = `warn-${postId}-message`;
  const { register, errors, isSubmitting, onSubmit, summary, reset } = useActionForm({
    schema: warnAuthorSchema,
    defaultValues: { postId, message: "" },
    fields: ["message"],
    fieldIds: { message: fieldId },
    action: warnAuthorAction,
    onSuccess: () => {
      setSent(true);
      reset({ postId, message: "" });
    },
  });
  return (
    <details className="mb-2">
      <summary className="inline-flex min-h-6 cursor-pointer items-center text-nhs-blue underline">
        Send {authorName} a message
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-4">
        <ErrorSummary errors={summary} />
        <TextareaField
          id={fieldId}
          label={`Your message to ${authorName}`}
          hint="They get it as a notification, and by email if they chose to. It links to their post."
          error={errors.message?.message}
          rows={4}
          {...register("message", { onChange: () => setSent(false) })}
        />
        <FormFooter submitLabel="Send message" isSubmitting={isSubmitting} secondary />
        <p role="status">{sent ? `Your message has been sent to ${authorName}.` : ""}</p>
      </form>
    </details>
  );
}
