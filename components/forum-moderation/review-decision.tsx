"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { reviewPostAction } from "@/app/forums/review/actions";
import type { ReviewDecision } from "@/lib/forums/moderation/labels";

/** Approve, hide or delete a post in the review queue; deleting asks for confirmation first. */
export function ReviewDecisionButtons({
  postId,
  label,
  hidden,
}: {
  postId: string;
  /** Names the post in the buttons' accessible names, such as "post 3 in Discharge letters". */
  label: string;
  hidden: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  const decide = (decision: ReviewDecision) =>
    startTransition(async () => {
      setRefusal(undefined);
      const result = await reviewPostAction({ postId, decision });
      setConfirmingDelete(false);
      if (!result.ok) {
        setRefusal(result.message);
        return;
      }
      // The queue says what was done above itself: the post may have left it.
      router.replace(`/forums/review?decided=${decision}`, { scroll: false });
    });

  return (
    <div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          className="nhs-button mb-0"
          disabled={pending}
          aria-label={`Approve ${label}`}
          onClick={() => decide("APPROVE")}
        >
          Approve
        </button>
        {hidden ? null : (
          <button
            type="button"
            className="nhs-button nhs-button-secondary mb-0"
            disabled={pending}
            aria-label={`Hide ${label}`}
            onClick={() => decide("HIDE")}
          >
            Hide
          </button>
        )}
        {confirmingDelete ? (
          <>
            <button
              type="button"
              className="nhs-button mb-0 bg-nhs-red shadow-[0_4px_0_#6b140e] hover:bg-[#aa2016] focus-visible:bg-nhs-yellow focus-visible:text-nhs-text"
              disabled={pending}
              aria-label={`Yes, delete ${label}`}
              onClick={() => decide("DELETE")}
            >
              Yes, delete it
            </button>
            <button
              type="button"
              className="inline-flex min-h-6 items-center text-nhs-blue underline"
              onClick={() => setConfirmingDelete(false)}
            >
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            className="nhs-button nhs-button-secondary mb-0"
            disabled={pending}
            aria-label={`Delete ${label}`}
            onClick={() => setConfirmingDelete(true)}
          >
            Delete
          </button>
        )}
      </div>
      <p role="status" className="mt-2 font-bold text-nhs-red">
        {refusal ?? ""}
      </p>
    </div>
  );
}
