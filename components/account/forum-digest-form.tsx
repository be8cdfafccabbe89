"use client";

import { saveForumDigestPreference } from "@/app/account/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { digestFrequencies, digestFrequencyLabels } from "@/lib/forums/watching/labels";
import {
  type ForumDigestPreferenceInput,
  forumDigestPreferenceSchema,
} from "@/lib/forums/watching/schemas";

/** How often the forum digest of new topics and popular posts comes by email. */
export function ForumDigestForm({ defaults }: { defaults: ForumDigestPreferenceInput }) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: forumDigestPreferenceSchema,
    defaultValues: defaults,
    fields: ["forumDigest"],
    fieldIds: { forumDigest: "forumDigest-DAILY" },
    action: saveForumDigestPreference,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <ChoiceFieldset
        id="forumDigest-DAILY"
        legend="Email me a digest of the forums"
        hint="New topics and the most liked posts in the categories you read, leaving out what you muted. No digest when there is nothing new."
        error={errors.forumDigest?.message}
      >
        {digestFrequencies.map((choice) => (
          <Choice key={choice} id={`forumDigest-${choice}`} label={digestFrequencyLabels[choice]}>
            <input
              id={`forumDigest-${choice}`}
              type="radio"
              value={choice}
              className={choiceInputClass}
              {...register("forumDigest")}
            />
          </Choice>
        ))}
      </ChoiceFieldset>
      <FormFooter submitLabel="Save digest choice" isSubmitting={isSubmitting} />
    </form>
  );
}
