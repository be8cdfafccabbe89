"use client";

import { useState } from "react";

import { setWatchLevelAction } from "@/app/forums/review/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import type { WatchLevel } from "@/lib/generated/prisma/enums";
import { watchLevelLabels, watchLevelNames, watchLevels } from "@/lib/forums/watching/labels";
import { type WatchLevelInput, watchLevelSchema } from "@/lib/forums/watching/schemas";

const shortLabels: Record<WatchLevel, string> = {
  WATCHING: "watching",
  TRACKING: "tracking",
  NORMAL: "following as normal",
  MUTED: "muting",
};

/** How closely the person follows a category or a topic: a choice of level and a button. */
export function WatchControl({
  target,
  id,
  level,
}: {
  target: "category" | "topic";
  id: string;
  level: WatchLevel;
}) {
  const [saved, setSaved] = useState<WatchLevel | null>(null);
  const fieldId = `watch-level-${target}-${id}`;
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm<
    WatchLevelInput,
    WatchLevelInput,
    { level: WatchLevel }
  >({
    schema: watchLevelSchema,
    defaultValues: { target, id, level },
    fields: ["level"],
    fieldIds: { level: `${fieldId}-${watchLevels[0]}` },
    action: setWatchLevelAction,
    onSuccess: (data) => setSaved(data.level),
  });
  const current = saved ?? level;
  return (
    <details className="mb-4">
      <summary className="inline-flex min-h-6 cursor-pointer items-center text-nhs-blue underline">
        {`Notifications for this ${target}: ${watchLevelNames[current]}`}
      </summary>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label={`Notifications for this ${target}`}
        className="mt-4 border-l-4 border-nhs-grey-4 pl-4"
      >
        <ErrorSummary errors={summary} />
        {/* Radios rather than a select: each level's explanation stays readable on a phone. */}
        <ChoiceFieldset
          id={fieldId}
          legend={`Notifications for this ${target}`}
          error={errors.level?.message}
        >
          {watchLevels.map((value) => (
            <Choice key={value} id={`${fieldId}-${value}`} label={watchLevelLabels[value]}>
              <input
                id={`${fieldId}-${value}`}
                type="radio"
                value={value}
                className={choiceInputClass}
                {...register("level", { onChange: () => setSaved(null) })}
              />
            </Choice>
          ))}
        </ChoiceFieldset>
        <FormFooter submitLabel="Save" isSubmitting={isSubmitting} secondary />
        <p role="status" className="mb-4">
          {saved ? `Saved: you are now ${shortLabels[saved]} this ${target}.` : ""}
        </p>
      </form>
    </details>
  );
}
