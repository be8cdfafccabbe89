"use client";

import { useState } from "react";

import { addPlace } from "@/app/organisations/places/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { placeSchema } from "@/lib/organisations/schemas";

/** Adds a place; the list of places above it refreshes, and the form is ready for another. */
export function PlaceForm() {
  const [added, setAdded] = useState<string>();
  const { register, reset, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: placeSchema,
    defaultValues: { name: "" },
    fields: ["name"],
    action: (values) => {
      setAdded(undefined);
      return addPlace(values);
    },
    onSuccess: (place) => {
      reset({ name: "" });
      setAdded(place.name);
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <p role="status" className={added ? "nhs-card border-l-8 border-l-nhs-green" : "sr-only"}>
        {added ? `${added} has been added.` : ""}
      </p>
      <TextField
        id="name"
        label="Name of the place"
        hint="A borough, town or locality, such as Northmoor"
        autoComplete="off"
        error={errors.name?.message}
        {...register("name")}
      />
      <FormFooter submitLabel="Add place" isSubmitting={isSubmitting} />
    </form>
  );
}
