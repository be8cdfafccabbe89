"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { revokeModeratorAction } from "@/app/forums/moderators/actions";

/** "Remove" for one moderator role, after a confirmation. */
export function RemoveModeratorButton({
  moderatorId,
  label,
}: {
  moderatorId: string;
  label: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState("");

  const remove = () =>
    startTransition(async () => {
      const result = await revokeModeratorAction({ moderatorId });
      setError(result.ok ? "" : result.message);
      setConfirming(false);
      router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      {confirming ? (
        <>
          <button
            type="button"
            className="inline-flex min-h-6 items-center font-bold text-nhs-red underline"
            disabled={pending}
            aria-label={`Yes, remove ${label}`}
            onClick={remove}
          >
            Yes, remove
          </button>
          <button
            type="button"
            className="inline-flex min-h-6 items-center text-nhs-blue underline"
            onClick={() => setConfirming(false)}
          >
            Keep
          </button>
        </>
      ) : (
        <button
          type="button"
          className="inline-flex min-h-6 items-center text-nhs-blue underline"
          aria-label={`Remove ${label}`}
          onClick={() => setConfirming(true)}
        >
          Remove
        </button>
      )}
      <p role="status" className="font-bold text-nhs-red">
        {error}
      </p>
    </div>
  );
}
