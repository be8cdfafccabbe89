"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";

import { deleteMembership, saveMembershipRole } from "@/app/people/actions";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

const linkButton = "cursor-pointer text-nhs-blue underline hover:no-underline";

/**
 * Change role and Remove for one membership. Removing asks for confirmation first; the change
 * applies from the person's next request.
 */
export function MembershipControls({
  membershipId,
  role,
  personName,
  organisationName,
}: {
  membershipId: string;
  role: MembershipRole;
  personName: string;
  organisationName: string;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const confirmation = useRef<HTMLDivElement>(null);
  const questionId = useId();

  useEffect(() => {
    if (confirming) confirmation.current?.focus();
  }, [confirming]);

  const run = (work: () => ReturnType<typeof deleteMembership>) =>
    startTransition(async () => {
      setError(undefined);
      const result = await work();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setConfirming(false);
      router.refresh();
    });

  const newRole: MembershipRole = role === "ORG_ADMIN" ? "MEMBER" : "ORG_ADMIN";
  return (
    <div className="mt-1">
      {error ? (
        <p role="alert" className="mb-2 font-bold text-nhs-red">
          {error}
        </p>
      ) : null}
      {confirming ? (
        <div
          ref={confirmation}
          tabIndex={-1}
          role="group"
          aria-labelledby={questionId}
          className="border-l-4 border-nhs-red py-1 pl-4 focus-visible:outline-none"
        >
          <p id={questionId} className="mb-2">
            {`Remove ${personName} from ${organisationName}? They keep their account but no longer act for the organisation.`}
          </p>
          <div className="flex flex-wrap gap-x-6">
            <button
              type="button"
              className={`${linkButton} font-bold text-nhs-red`}
              disabled={pending}
              onClick={() => run(() => deleteMembership(membershipId))}
            >
              Yes, remove
            </button>
            <button type="button" className={linkButton} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <ul className="mb-0 flex list-none flex-wrap gap-x-6">
          <li>
            <button
              type="button"
              className={linkButton}
              disabled={pending}
              onClick={() => run(() => saveMembershipRole(membershipId, { role: newRole }))}
            >
              {newRole === "ORG_ADMIN" ? "Make organisation admin" : "Make member"}
              <span className="sr-only">{` for ${personName} at ${organisationName}`}</span>
            </button>
          </li>
          <li>
            <button type="button" className={linkButton} onClick={() => setConfirming(true)}>
              Remove
              <span className="sr-only">{` ${personName} from ${organisationName}`}</span>
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
