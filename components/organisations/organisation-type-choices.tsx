import type { UseFormRegisterReturn } from "react-hook-form";

import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { organisationTypeLabels, organisationTypes } from "@/lib/organisations/types";

/**
 * A checkbox for every organisation type, in two columns: the form field of a list of types
 * (who a round invites, which types a question applies to). The first box carries the field's
 * id, so the error summary's link lands on it.
 */
export function OrganisationTypeChoices({
  id,
  legend,
  hint,
  error,
  registration,
}: {
  id: string;
  legend: string;
  hint: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="grid gap-x-6 md:grid-cols-2">
        {organisationTypes.map((type, index) => {
          const boxId = index === 0 ? id : `${id}-${type}`;
          return (
            <Choice key={type} id={boxId} label={organisationTypeLabels[type]}>
              <input
                id={boxId}
                type="checkbox"
                value={type}
                className={choiceInputClass}
                {...registration}
              />
            </Choice>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
