"use client";

import { useEffect, useState } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";

import { loadCommitmentChoices } from "@/app/commitments/actions";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { NewInteractionInput } from "@/lib/interactions/schemas";

type Option = { value: string; label: string };

/**
 * One follow-up commitment of the log form: which organisation made it, what, who owns it, by
 * when, and the record that proves it. Owners and records are asked of the server for the
 * organisation chosen, which offers only those the person may choose.
 */
export function FollowUpCommitment({
  index,
  organisationId,
  organisations,
  register,
  errors,
  onRemove,
}: {
  index: number;
  organisationId: string;
  organisations: Option[];
  register: UseFormRegister<NewInteractionInput>;
  errors: FieldErrors<NewInteractionInput>;
  onRemove: () => void;
}) {
  const [choices, setChoices] = useState<{ for: string; owners: Option[]; links: Option[] }>({
    for: "",
    owners: [],
    links: [],
  });
  useEffect(() => {
    if (!organisationId) return;
    let current = true;
    void loadCommitmentChoices(organisationId).then((result) => {
      if (current && result.ok) setChoices({ for: organisationId, ...result.data });
    });
    return () => {
      current = false;
    };
  }, [organisationId]);
  const shown = choices.for === organisationId ? choices : { owners: [], links: [] };
  const rowErrors = errors.commitments?.[index];
  const id = (field: string) => `commitments.${index}.${field}`;
  return (
    <fieldset className="mb-6 border-l-4 border-nhs-grey-4 pl-4" data-testid="follow-up-commitment">
      <legend className="mb-2 text-lg font-bold">Commitment {index + 1}</legend>
      <SelectField
        id={id("organisationId")}
        label="Organisation that made it"
        error={rowErrors?.organisationId?.message}
        options={[{ value: "", label: "Select an organisation" }, ...organisations]}
        {...register(`commitments.${index}.organisationId`)}
      />
      <TextField
        id={id("title")}
        label="What it promised"
        error={rowErrors?.title?.message}
        {...register(`commitments.${index}.title`)}
      />
      <SelectField
        id={id("ownerId")}
        label="Owner"
        error={rowErrors?.ownerId?.message}
        options={[{ value: "", label: "Nobody yet" }, ...shown.owners]}
        {...register(`commitments.${index}.ownerId`)}
      />
      <TextField
        id={id("dueOn")}
        type="date"
        label="Due date"
        className="max-w-[12rem]"
        error={rowErrors?.dueOn?.message}
        {...register(`commitments.${index}.dueOn`)}
      />
      <SelectField
        id={id("link")}
        label="Record that proves it (optional)"
        error={rowErrors?.link?.message}
        options={[{ value: "", label: "No record" }, ...shown.links]}
        {...register(`commitments.${index}.link`)}
      />
      <button type="button" className="nhs-button nhs-button-secondary" onClick={onRemove}>
        Remove commitment {index + 1}
      </button>
    </fieldset>
  );
}
