"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { runJobNowAction } from "@/app/admin/jobs/actions";

/** "Run now" for one job, with what the run came to announced beside it. */
export function RunNowButton({ name, label }: { name: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const run = () =>
    startTransition(async () => {
      setMessage(undefined);
      const result = await runJobNowAction({ name });
      if (!result.ok) setMessage({ ok: false, text: result.message });
      else if (result.data.ok) setMessage({ ok: true, text: `Done: ${result.data.summary}` });
      else setMessage({ ok: false, text: `The job failed: ${result.data.error}` });
      router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-4">
      <button
        type="button"
        className="nhs-button nhs-button-secondary mb-0"
        disabled={pending}
        aria-label={`Run now: ${label}`}
        onClick={run}
      >
        {pending ? "Running…" : "Run now"}
      </button>
      <p role="status" className={message?.ok === false ? "font-bold text-nhs-red" : ""}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
