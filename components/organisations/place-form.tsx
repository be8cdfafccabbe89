"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { addPlace } from "@/app/organisations/places/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { type PlaceDetails, type PlaceInput, placeSchema } from "@/lib/organisations/schemas";

/** Adds a place; the list of places above it refreshes, and the form is ready for another. */
export function PlaceForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PlaceInput, unknown, PlaceDetails>({
    resolver: zodResolver(placeSchema),
    defaultValues: { name: "" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setAdded(undefined);
    const result = await addPlace(values);
    if (result.ok) {
      reset({ name: "" });
      setAdded(result.data.name);
      router.refresh();
      return;
    }
    const message = result.fieldErrors?.name?.[0];
    if (message) setError("name", { message });
    else setFormError(result.message);
  });

  const summary = [
    ...(errors.name?.message ? [{ fieldId: "name", message: errors.name.message }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
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
      <button type="submit" className="nhs-button" disabled={isSubmitting}>
        Add place
      </button>
    </form>
  );
}
