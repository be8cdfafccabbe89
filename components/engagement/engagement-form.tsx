"use client";

import { saveEngagement } from "@/app/organisations/[organisationId]/engagement/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  engagementApproaches,
  engagementApproachHints,
  engagementApproachLabels,
  engagementLevelHints,
  engagementLevelLabels,
  engagementLevels,
  stakeholderRatingLabels,
  stakeholderRatings,
} from "@/lib/engagement/labels";
import { type EngagementInput, engagementSchema } from "@/lib/engagement/schemas";

const fields = [
  "engagementCurrent",
  "engagementDesired",
  "influence",
  "interest",
  "engagementApproach",
  "champion",
  "sponsor",
  "reason",
] as const;

const levelOptions = engagementLevels.map((level) => ({
  value: level,
  label: `${engagementLevelLabels[level]}: ${engagementLevelHints[level].toLowerCase()}`,
}));
const ratingOptions = [
  { value: "", label: "Not assessed" },
  ...stakeholderRatings.map((rating) => ({
    value: rating,
    label: stakeholderRatingLabels[rating],
  })),
];

/** A programme lead's form for an organisation's engagement; every save needs a reason. */
export function EngagementForm({
  organisationId,
  defaults,
  peopleOptions,
}: {
  organisationId: string;
  defaults: EngagementInput;
  peopleOptions: { value: string; label: string }[];
}) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: engagementSchema,
    defaultValues: defaults,
    fields,
    action: (_parsed, typed) => saveEngagement(organisationId, typed),
  });
  const people = [{ value: "", label: "Nobody named" }, ...peopleOptions];
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <SelectField
        id="engagementCurrent"
        label="Engagement now"
        error={errors.engagementCurrent?.message}
        options={levelOptions}
        {...register("engagementCurrent")}
      />
      <SelectField
        id="engagementDesired"
        label="Engagement the programme aims for"
        error={errors.engagementDesired?.message}
        options={[{ value: "", label: "Not set" }, ...levelOptions]}
        {...register("engagementDesired")}
      />
      <SelectField
        id="influence"
        label="Influence over the programme"
        error={errors.influence?.message}
        options={ratingOptions}
        {...register("influence")}
      />
      <SelectField
        id="interest"
        label="Interest in the programme"
        error={errors.interest?.message}
        options={ratingOptions}
        {...register("interest")}
      />
      <SelectField
        id="engagementApproach"
        label="How the programme works with them"
        hint="The IAP2 spectrum, from informing them to handing them the decisions"
        error={errors.engagementApproach?.message}
        options={[
          { value: "", label: "Not decided" },
          ...engagementApproaches.map((approach) => ({
            value: approach,
            label: `${engagementApproachLabels[approach]}: ${engagementApproachHints[approach].toLowerCase()}`,
          })),
        ]}
        {...register("engagementApproach")}
      />
      <SelectField
        id="champion"
        label="Champion"
        hint="A member of the organisation with an account, or one of its key contacts"
        error={errors.champion?.message}
        options={people}
        {...register("champion")}
      />
      <SelectField
        id="sponsor"
        label="Executive sponsor"
        hint="A member of the organisation with an account, or one of its key contacts"
        error={errors.sponsor?.message}
        options={people}
        {...register("sponsor")}
      />
      <TextareaField
        id="reason"
        label="Why are you making this change?"
        hint="This goes in the engagement history, with your name and the date"
        error={errors.reason?.message}
        {...register("reason")}
      />
      <FormFooter
        submitLabel="Save engagement"
        isSubmitting={isSubmitting}
        cancelHref={`/organisations/${organisationId}`}
      />
    </form>
  );
}
