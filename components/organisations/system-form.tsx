"use client";

import type { DefaultValues } from "react-hook-form";

import { saveSystemInUse } from "@/app/organisations/[organisationId]/systems/actions";
import { type SystemInUseInput, systemInUseSchema } from "@/lib/organisations/schemas";
import { systemCategories, systemCategoryLabels } from "@/lib/organisations/types";

import { ProfileRecordForm } from "./profile-record-form";

const categoryOptions = systemCategories.map((category) => ({
  value: category,
  label: systemCategoryLabels[category],
}));

/** Adds a system to an organisation's profile, or changes one when given its id. */
export function SystemForm({
  organisationId,
  systemId,
  defaults,
  suggestions,
}: {
  organisationId: string;
  /** The system to change; none to add one. */
  systemId?: string;
  defaults: DefaultValues<SystemInUseInput>;
  /** Suppliers and products already recorded in the coalition. */
  suggestions: { suppliers: string[]; products: string[] };
}) {
  return (
    <ProfileRecordForm
      organisationId={organisationId}
      recordId={systemId}
      defaults={defaults}
      schema={systemInUseSchema}
      fields={[
        {
          name: "category",
          label: "Kind of system",
          control: "select",
          options: systemId
            ? categoryOptions
            : [{ value: "", label: "Select the kind of system" }, ...categoryOptions],
        },
        {
          name: "supplier",
          label: "Supplier",
          hint: "The company that provides the system",
          control: "text",
          suggestions: suggestions.suppliers,
        },
        {
          name: "product",
          label: "Product",
          hint: "The system's name, as the supplier calls it",
          control: "text",
          suggestions: suggestions.products,
        },
        {
          name: "notes",
          label: "Notes (optional)",
          hint: "For example, which services use it, or plans to change it",
          control: "textarea",
        },
      ]}
      save={saveSystemInUse}
      submitLabel={systemId ? "Save system" : "Add system"}
    />
  );
}
