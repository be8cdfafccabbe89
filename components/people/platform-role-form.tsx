"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { savePlatformRole } from "@/app/people/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { type PlatformRoleInput, platformRoleSchema } from "@/lib/users/schemas";
import { platformRoleLabels, platformRoles } from "@/lib/users/types";

/** A platform admin changes someone else's platform role; it applies from their next request. */
export function PlatformRoleForm({ userId, role }: { userId: string; role: UserRole }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<UserRole>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PlatformRoleInput>({
    resolver: zodResolver(platformRoleSchema),
    defaultValues: { role },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setSaved(undefined);
    const result = await savePlatformRole(userId, values);
    if (result.ok) {
      setSaved(values.role);
      router.refresh();
      return;
    }
    if (result.fieldErrors?.role) setError("role", { message: result.fieldErrors.role[0] });
    else setFormError(result.message);
  });

  const summary = [
    ...(errors.role?.message ? [{ fieldId: "role", message: errors.role.message }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
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
      <button type="submit" className="nhs-button" disabled={isSubmitting}>
        Change role
      </button>
    </form>
  );
}
