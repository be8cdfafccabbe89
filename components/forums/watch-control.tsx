"use client";

import { useState } from "react";

import { setWatchLevelAction } from "@/app/forums/review/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { WatchLevel } from "@/lib/generated/prisma/enums";
import { watchLevelLabels, watchLevels } from "@/lib/forums/watching/labels";
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
    fieldIds: { level: fieldId },
    action: setWatchLevelAction,
    onSuccess: (data) => setSaved(data.level),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Notifications for this ${target}`}>
      <ErrorSummary errors={summary} />
      <SelectField
        id={fieldId}
        label={`Notifications for this ${target}`}
        error={errors.level?.message}
        options={watchLevels.map((value) => ({ value, label: watchLevelLabels[value] }))}
        {...register("level", { onChange: () => setSaved(null) })}
      />
      <FormFooter submitLabel="Save" isSubmitting={isSubmitting} secondary />
      <p role="status" className="mb-4">
        {saved ? `Saved: you are now ${shortLabels[saved]} this ${target}.` : ""}
      </p>
    </form>
  );
}
