import "server-only";

import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

import {
  addProfileRecord,
  removeProfileRecord,
  updateProfileRecord,
} from "./profile-record-changes";
import type { ProfileRecordKind } from "./profile-record-kinds";

const profileHref = (organisationId: string) => `/organisations/${organisationId}`;

/**
 * The server actions' side of a profile record's form: adds one (no id) or changes one, then
 * goes back to the profile. A refusal comes back to the form.
 */
export async function saveProfileRecord<Details extends object>(
  kind: ProfileRecordKind<Details>,
  organisationId: string,
  recordId: string | null,
  input: unknown,
): Promise<ActionResult> {
  const result =
    recordId === null
      ? await runAction(`${kind.auditName}.add`, (actor, context) =>
          addProfileRecord(kind, actor, organisationId, input, context),
        )
      : await runAction(`${kind.auditName}.update`, (actor, context) =>
          updateProfileRecord(kind, actor, organisationId, recordId, input, context),
        );
  return redirectAfterWrite(result, profileHref(organisationId));
}

/**
 * Removes a profile record posted by the plain form on its confirmation page (so it works
 * without JavaScript), naming the organisation and, in `idField`, the record.
 */
export async function removePostedProfileRecord<Details extends object>(
  kind: ProfileRecordKind<Details>,
  formData: FormData,
  idField: string,
): Promise<void> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const organisationId = text("organisationId");
  await runFormAction(`${kind.auditName}.remove`, profileHref(organisationId), (actor, context) =>
    removeProfileRecord(kind, actor, organisationId, text(idField), context),
  );
}
