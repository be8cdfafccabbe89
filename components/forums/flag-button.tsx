"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { flagPostAction } from "@/app/forums/review/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { flagReasonLabels, flagReasons } from "@/lib/forums/moderation/labels";
import { flagPostSchema } from "@/lib/forums/moderation/schemas";

/**
 * "Flag this post": a disclosure that opens a short form, why and an optional note for the
 * moderators. Once sent it says so in its place.
 */
export function FlagButton({ postId }: { postId: string }) {
  const router = useRouter();
  const [sent, setSent] = useState<{ hidden: boolean } | null>(null);
  const reasonId = `flag-${postId}-reason`;
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: flagPostSchema,
    defaultValues: { postId, note: "" },
    fields: ["reason", "note"],
    fieldIds: { reason: `${reasonId}-${flagReasons[0]}`, note: `flag-${postId}-note` },
    action: flagPostAction,
    onSuccess: (data) => {
      setSent(data);
      if (data.hidden) router.refresh();
    },
  });

  if (sent) {
    return (
      <p role="status" className="mb-4">
        {sent.hidden
          ? "Thank you. This post is now hidden until a moderator reviews it."
          : "Thank you. A moderator will review this post."}
      </p>
    );
  }
  return (
    <details className="mb-4">
      <summary className="inline-flex min-h-6 cursor-pointer items-center text-nhs-blue underline">
        Flag this post
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 border-l-4 border-nhs-grey-4 pl-4">
        <ErrorSummary errors={summary} />
        <ChoiceFieldset
          id={`${reasonId}-${flagReasons[0]}`}
          legend="Why should a moderator look at this post?"
          error={errors.reason?.message}
        >
          {flagReasons.map((reason) => (
            <Choice key={reason} id={`${reasonId}-${reason}`} label={flagReasonLabels[reason]}>
              <input
                id={`${reasonId}-${reason}`}
                type="radio"
                value={reason}
                className={choiceInputClass}
                {...register("reason")}
              />
            </Choice>
          ))}
        </ChoiceFieldset>
        <TextareaField
          id={`flag-${postId}-note`}
          label="A note for the moderators (optional)"
          hint="Only moderators and programme leads read it."
          error={errors.note?.message}
          rows={3}
          {...register("note")}
        />
        <FormFooter submitLabel="Send flag" isSubmitting={isSubmitting} secondary />
      </form>
    </details>
  );
}
