"use client";

import { savePeerProfile } from "@/app/peers/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { type PeerProfileInput, peerProfileSchema } from "@/lib/lessons/schemas";

/** Whether the peer finder shows you, and the line it shows with your name. */
export function PeerProfileForm({ defaults }: { defaults: PeerProfileInput }) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: peerProfileSchema,
    defaultValues: defaults,
    fields: ["peerFindable", "canHelpWith"],
    action: savePeerProfile,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <ChoiceFieldset
        id="peerFindable"
        legend="The peer finder"
        hint="People who face the same problems can find you and send you a private message. Your email address is never shown."
        error={errors.peerFindable?.message}
      >
        <Choice id="peerFindable" label="Let people find me in the peer finder">
          <input
            id="peerFindable"
            type="checkbox"
            className={choiceInputClass}
            {...register("peerFindable")}
          />
        </Choice>
      </ChoiceFieldset>
      <TextField
        id="canHelpWith"
        label="What you can help with (optional)"
        hint="One line, up to 200 characters, such as: moving a care home onto the shared care record."
        error={errors.canHelpWith?.message}
        {...register("canHelpWith")}
      />
      <FormFooter submitLabel="Save peer finder choice" isSubmitting={isSubmitting} />
    </form>
  );
}
