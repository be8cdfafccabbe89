"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { assignSectionAction } from "@/app/maturity/assessments/[assessmentId]/actions";
import { controlClass } from "@/components/ui/field-shell";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Gives one dimension to a colleague in the organisation, or back to its admins. */
export function AssignSectionForm({
  assessmentId,
  dimension,
  assigneeId,
  members,
}: {
  assessmentId: string;
  dimension: { id: string; name: string };
  assigneeId: string | null;
  members: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [choice, setChoice] = useState(assigneeId ?? "");
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  // Sent by script only: before it runs, a submit would reload the page and save nothing.
  const hydrated = useHydrated();
  const id = `assignee-${dimension.id}`;

  const give = async () => {
    setError(undefined);
    setPending(true);
    const result = await assignSectionAction(assessmentId, {
      dimensionId: dimension.id,
      assigneeId: choice,
    });
    setPending(false);
    if (result.ok) {
      router.refresh();
      return;
    }
    setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.message);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void give();
      }}
      className={`flex flex-wrap items-end gap-3 ${error ? "border-l-4 border-nhs-red pl-4" : ""}`}
    >
      <div>
        <label htmlFor={id} className="mb-1 block">
          Give {dimension.name} to
        </label>
        {error ? (
          <p id={`${id}-error`} className="mb-2 font-bold text-nhs-red">
            <span className="sr-only">Error:</span> {error}
          </p>
        ) : null}
        <select
          id={id}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${controlClass(error)} max-w-[20rem]`}
        >
          <option value="">The organisation&apos;s admins</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="nhs-button nhs-button-secondary"
        disabled={pending || !hydrated}
      >
        Save<span className="sr-only">{` who answers ${dimension.name}`}</span>
      </button>
    </form>
  );
}
