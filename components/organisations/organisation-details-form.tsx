"use client";

import type { DefaultValues } from "react-hook-form";

import { saveOrganisationDetails } from "@/app/organisations/[organisationId]/edit/actions";
import { addOrganisation } from "@/app/organisations/new/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  type OrganisationDetails,
  type OrganisationDetailsInput,
  organisationDetailsSchema,
} from "@/lib/organisations/schemas";
import {
  organisationTypeLabels,
  organisationTypes,
  sizeBandLabels,
  sizeBands,
} from "@/lib/organisations/types";

type Field = keyof OrganisationDetails;

const labels: Record<Field, string> = {
  name: "Name",
  odsCode: "ODS code",
  type: "Type",
  placeId: "Place",
  engagementCurrent: "Engagement",
  address: "Address",
  postcode: "Postcode",
  website: "Website",
  sizeBand: "Size",
};

// Shown to everyone who may change the organisation at all; the others only to those who may.
const optionalFields: readonly Field[] = [
  "name",
  "odsCode",
  "type",
  "placeId",
  "engagementCurrent",
];

/**
 * An organisation's details: changes an existing organisation when given its id, otherwise adds a
 * new one. Either way the person lands on the organisation's profile once it is saved.
 */
export function OrganisationDetailsForm({
  organisationId,
  defaults,
  editable,
  places,
}: {
  /** The organisation to change; none to add a new one. */
  organisationId?: string;
  defaults: DefaultValues<OrganisationDetailsInput>;
  editable: readonly Field[];
  places: { id: string; name: string }[];
}) {
  const adding = organisationId === undefined;
  const can = (field: Field) => editable.includes(field);
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: organisationDetailsSchema,
    defaultValues: defaults,
    fields: (Object.keys(labels) as Field[]).filter(
      (field) => can(field) || !optionalFields.includes(field),
    ),
    action: (values) =>
      adding ? addOrganisation(values) : saveOrganisationDetails(organisationId, values),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      {can("name") ? (
        <TextField
          id="name"
          label={labels.name}
          error={errors.name?.message}
          {...register("name")}
        />
      ) : null}
      {can("odsCode") ? (
        <TextField
          id="odsCode"
          label={labels.odsCode}
          hint="3 to 6 letters and numbers, for example ZZR01"
          error={errors.odsCode?.message}
          {...register("odsCode")}
        />
      ) : null}
      {can("type") ? (
        <SelectField
          id="type"
          label={labels.type}
          error={errors.type?.message}
          options={[
            ...(adding ? [{ value: "", label: "Select a type" }] : []),
            ...organisationTypes.map((type) => ({
              value: type,
              label: organisationTypeLabels[type],
            })),
          ]}
          {...register("type")}
        />
      ) : null}
      {can("placeId") ? (
        <SelectField
          id="placeId"
          label={labels.placeId}
          error={errors.placeId?.message}
          options={[
            ...(adding ? [{ value: "", label: "Select a place" }] : []),
            ...places.map((place) => ({ value: place.id, label: place.name })),
          ]}
          {...register("placeId")}
        />
      ) : null}
      <TextField
        id="address"
        label={labels.address}
        error={errors.address?.message}
        {...register("address")}
      />
      <TextField
        id="postcode"
        label={labels.postcode}
        autoComplete="postal-code"
        className="max-w-[12rem]"
        error={errors.postcode?.message}
        {...register("postcode")}
      />
      <TextField
        id="website"
        label={labels.website}
        type="url"
        hint="For example, https://www.example.nhs.uk"
        error={errors.website?.message}
        {...register("website")}
      />
      <SelectField
        id="sizeBand"
        label={labels.sizeBand}
        error={errors.sizeBand?.message}
        options={[
          { value: "", label: "Not recorded" },
          ...sizeBands.map((band) => ({ value: band, label: sizeBandLabels[band] })),
        ]}
        {...register("sizeBand")}
      />
      <FormFooter
        submitLabel={adding ? "Add organisation" : "Save details"}
        isSubmitting={isSubmitting}
        cancelHref={adding ? "/organisations" : `/organisations/${organisationId}`}
      />
    </form>
  );
}
