"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

import { saveAccountDisabled } from "@/app/people/actions";

const dangerButton =
  "nhs-button bg-nhs-red shadow-[0_4px_0_#6b140e] hover:bg-[#aa2016] focus-visible:bg-nhs-yellow focus-visible:text-nhs-text";

/**
 * Disables an account, after a confirmation, or enables it again. Disabling ends the person's
 * sessions at once.
 */
export function AccountStatusControl({
  userId,
  name,
  disabled,
}: {
  userId: string;
  name: string;
  disabled: boolean;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmation.current?.focus();
  }, [confirming]);

  const submit = (disable: boolean) =>
    startTransition(async () => {
      setError(undefined);
      const result = await saveAccountDisabled(userId, disable);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setConfirming(false);
      router.refresh();
    });

  return (
    <div>
      {error ? (
        <p role="alert" className="mb-4 border-l-4 border-nhs-red pl-4 font-bold text-nhs-red">
          {error}
        </p>
      ) : null}
      {disabled ? (
        <button
          type="button"
          className="nhs-button"
          disabled={pending}
          onClick={() => submit(false)}
        >
          Enable account
        </button>
      ) : confirming ? (
        <div
          ref={confirmation}
          tabIndex={-1}
          role="group"
          aria-labelledby="disable-confirmation"
          className="nhs-card border-l-8 border-l-nhs-red focus-visible:outline-none"
        >
          <p id="disable-confirmation" className="font-bold">
            {`Disable the account of ${name}? They are signed out at once and cannot sign in until the account is enabled again.`}
          </p>
          <div className="flex flex-wrap items-center gap-6">
            <button
              type="button"
              className={dangerButton}
              disabled={pending}
              onClick={() => submit(true)}
            >
              Yes, disable the account
            </button>
            <button
              type="button"
              className="cursor-pointer text-nhs-blue underline hover:no-underline"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={dangerButton} onClick={() => setConfirming(true)}>
          Disable account
        </button>
      )}
    </div>
  );
}
