"use client";

import { useState } from "react";

import { savePlatformRole } from "@/app/people/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { platformRoleSchema } from "@/lib/users/schemas";
import { platformRoleLabels, platformRoles } from "@/lib/users/types";

/** A platform admin changes someone else's platform role; it applies from their next request. */
export function PlatformRoleForm({ userId, role }: { userId: string; role: UserRole }) {
  const [saved, setSaved] = useState<UserRole>();
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: platformRoleSchema,
    defaultValues: { role },
    fields: ["role"],
    action: (values) => {
      setSaved(undefined);
      return savePlatformRole(userId, values);
    },
    onSuccess: (_data, values) => setSaved(values.role),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <div role="status">
        {saved ? (
          <p className="nhs-card border-l-8 border-l-nhs-green font-bold">
            {`Platform role changed to ${platformRoleLabels[saved].toLowerCase()}.`}
          </p>
        ) : null}
      </div>
      <SelectField
        id="role"
        label="Platform role"
        hint="Programme leads see and change every organisation, people and the audit trail. Platform admins can also change platform roles."
        error={errors.role?.message}
        options={platformRoles.map((value) => ({ value, label: platformRoleLabels[value] }))}
        {...register("role")}
      />
      <FormFooter submitLabel="Change role" isSubmitting={isSubmitting} />
    </form>
  );
}
