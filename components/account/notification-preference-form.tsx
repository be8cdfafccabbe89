"use client";

import { saveNotificationPreference } from "@/app/account/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  notificationEmailChoices,
  notificationEmailLabels,
  type NotificationPreferenceInput,
  notificationPreferenceSchema,
} from "@/lib/notifications/schemas";

/** Whether notifications also come by email. */
export function NotificationPreferenceForm({
  defaults,
}: {
  defaults: NotificationPreferenceInput;
}) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: notificationPreferenceSchema,
    defaultValues: defaults,
    fields: ["notificationEmail"],
    fieldIds: { notificationEmail: "notificationEmail-IMMEDIATELY" },
    action: saveNotificationPreference,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <ChoiceFieldset
        id="notificationEmail-IMMEDIATELY"
        legend="Email me about notifications"
        hint="Notifications always appear under the bell at the top of every page."
        error={errors.notificationEmail?.message}
      >
        {notificationEmailChoices.map((choice) => (
          <Choice
            key={choice}
            id={`notificationEmail-${choice}`}
            label={notificationEmailLabels[choice]}
          >
            <input
              id={`notificationEmail-${choice}`}
              type="radio"
              value={choice}
              className={choiceInputClass}
              {...register("notificationEmail")}
            />
          </Choice>
        ))}
      </ChoiceFieldset>
      <FormFooter submitLabel="Save email choice" isSubmitting={isSubmitting} />
    </form>
  );
}
