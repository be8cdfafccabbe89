"use client";

import { z } from "zod";

import {
  archiveCategoryAction,
  moveCategoryAction,
  saveCategoryAction,
} from "@/app/forums/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  categoryColours,
  membershipRoleLabels,
  topicStarterLabels,
  topicStarters,
} from "@/lib/forums/labels";
import { type CategoryInput, categorySchema } from "@/lib/forums/schemas";
import { membershipRoles } from "@/lib/users/types";

// Leads set up categories: the form for a new or changed category, and the list's buttons.

export function CategoryForm({
  categoryId,
  values,
  places,
  organisations,
}: {
  categoryId: string | null;
  values: CategoryInput;
  places: { value: string; label: string }[];
  organisations: { value: string; label: string }[];
}) {
  const { register, isSubmitting, onSubmit, summary, errors } = useActionForm({
    schema: categorySchema,
    defaultValues: values,
    fields: [
      "name",
      "slug",
      "description",
      "colour",
      "whoMayStart",
      "placeId",
      "organisationIds",
      "membershipRoles",
    ],
    fieldIds: {
      name: "category-name",
      slug: "category-slug",
      description: "category-description",
      colour: "category-colour",
      whoMayStart: "category-starters",
      placeId: "category-place",
      organisationIds: "category-organisations",
      membershipRoles: "category-roles",
    },
    action: (_values, typed) => saveCategoryAction(categoryId, typed),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="category-name"
        label="Name"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextField
        id="category-slug"
        label="Address name"
        hint="In the address, /forums/c/…: lower-case letters, digits and hyphens."
        error={errors.slug?.message}
        {...register("slug")}
      />
      <TextareaField
        id="category-description"
        label="Description"
        error={errors.description?.message}
        {...register("description")}
      />
      <SelectField
        id="category-colour"
        label="Colour"
        options={categoryColours.map((colour) => ({ value: colour.value, label: colour.label }))}
        error={errors.colour?.message}
        {...register("colour")}
      />
      <SelectField
        id="category-starters"
        label="Who may start topics"
        options={topicStarters.map((value) => ({ value, label: topicStarterLabels[value] }))}
        error={errors.whoMayStart?.message}
        {...register("whoMayStart")}
      />
      <SelectField
        id="category-place"
        label="Place (optional)"
        options={[{ value: "", label: "The whole coalition" }, ...places]}
        error={errors.placeId?.message}
        {...register("placeId")}
      />
      <div className="mb-6 flex items-start gap-2">
        <input
          id="category-restricted"
          type="checkbox"
          className="mt-1 h-6 w-6"
          {...register("restricted")}
        />
        <label htmlFor="category-restricted">
          Restricted: only the organisations and roles chosen below (and programme leads) read it
        </label>
      </div>
      <fieldset id="category-roles" tabIndex={-1} className="mb-6">
        <legend className="mb-2 font-bold">Roles that may read a restricted category</legend>
        {membershipRoles.map((role) => (
          <div key={role} className="mb-2 flex items-start gap-2">
            <input
              id={`category-role-${role}`}
              type="checkbox"
              value={role}
              className="mt-1 h-6 w-6"
              {...register("membershipRoles")}
            />
            <label htmlFor={`category-role-${role}`}>{membershipRoleLabels[role]}</label>
          </div>
        ))}
      </fieldset>
      <SelectField
        id="category-organisations"
        label="Organisations that may read a restricted category"
        hint="Hold Ctrl (or Cmd) to choose more than one."
        multiple
        size={8}
        options={organisations}
        error={errors.organisationIds?.message}
        {...register("organisationIds")}
      />
      <FormFooter
        submitLabel="Save the category"
        isSubmitting={isSubmitting}
        cancelHref="/forums/categories"
      />
    </form>
  );
}

const noFields = z.object({});

/** Moves a category up or down the list, or archives it. */
export function CategoryButton({
  categoryId,
  change,
  label,
}: {
  categoryId: string;
  change: "up" | "down" | "archive";
  label: string;
}) {
  const { isSubmitting, onSubmit, summary } = useActionForm({
    schema: noFields,
    defaultValues: {},
    fields: [],
    action: () =>
      change === "archive"
        ? archiveCategoryAction(categoryId)
        : moveCategoryAction({ categoryId, direction: change }),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="inline-block">
      <ErrorSummary errors={summary} />
      <FormFooter submitLabel={label} isSubmitting={isSubmitting} secondary />
    </form>
  );
}
