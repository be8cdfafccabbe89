"use client";

import { useActionState } from "react";

import { importPathway, type ImportPathwayState } from "@/app/pathways/import/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { PATHWAY_FILE_MAX_BYTES } from "@/lib/http/upload-limits";
import { useUploadLimit } from "@/lib/http/use-upload-limit";

/**
 * Upload a pathway file (JSON) to import it as a new draft. A plain form posting a server action,
 * so it works without JavaScript too; on success the action opens the new pathway.
 */
export function PathwayImportForm() {
  const [state, formAction, pending] = useActionState<ImportPathwayState, FormData>(
    importPathway,
    null,
  );
  const failed = state && !state.ok ? state : null;
  const problems = failed?.fieldErrors?.file ?? [];
  // A single problem is the message itself; several are listed under the field.
  // A file over the limit is refused here, before it is uploaded.
  const { tooLarge, checkBeforeUpload } = useUploadLimit(PATHWAY_FILE_MAX_BYTES);
  const message =
    tooLarge ?? (failed ? (problems.length === 1 ? problems[0] : failed.message) : undefined);

  return (
    <form action={formAction} encType="multipart/form-data" noValidate onSubmit={checkBeforeUpload}>
      <ErrorSummary errors={message ? [{ fieldId: "file", message }] : []} />
      <TextField
        id="file"
        name="file"
        type="file"
        accept=".json,application/json"
        label="Pathway file (JSON)"
        hint="Up to 1 MB, 500 steps and 2,000 flows. Nothing is created unless the whole file imports."
        error={message}
      />
      {problems.length > 1 ? (
        <div className="nhs-card border-l-8 border-l-nhs-red" aria-labelledby="problems-heading">
          <h2 id="problems-heading" className="text-xl">
            Problems in the file
          </h2>
          <ul className="mb-0" data-testid="import-problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="submit" className="nhs-button" disabled={pending}>
        Import pathway
      </button>
    </form>
  );
}
