"use server";

import {
  applyOrganisationImport,
  type ImportPreview,
  type ImportResult,
  previewOrganisationImport,
} from "@/lib/organisations/import-organisations";
import { type ActionResult, runAction } from "@/lib/server/action";
import { formText } from "@/lib/server/form-data";

export type ImportStep =
  | { step: "preview"; preview: ImportPreview; changedSincePreview?: boolean }
  | { step: "imported"; result: ImportResult };

export type ImportState = ActionResult<ImportStep> | null;

/**
 * The import's two steps, from the import page's forms: "preview" reads the uploaded file and
 * shows what importing it would do; "import" sends the same file's text back and imports it,
 * checking it all again on the way.
 */
export async function importOrganisations(
  _previous: ImportState,
  formData: FormData,
): Promise<ImportState> {
  if (formData.get("intent") === "import") {
    return runAction("organisation.import", async (actor, context): Promise<ImportStep> => {
      const outcome = await applyOrganisationImport(
        actor,
        { csv: formText(formData, "csv"), fingerprint: formText(formData, "fingerprint") },
        context,
      );
      return "imported" in outcome
        ? { step: "imported", result: outcome.imported }
        : { step: "preview", preview: outcome.changed, changedSincePreview: true };
    });
  }
  return runAction("organisation.import", async (actor): Promise<ImportStep> => {
    const file = formData.get("file");
    const preview = await previewOrganisationImport(actor, file instanceof Blob ? file : null);
    return { step: "preview", preview };
  });
}
