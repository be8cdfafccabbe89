"use client";

import Link from "@/components/ui/link";
import { useActionState } from "react";

import { importOrganisations, type ImportState } from "@/app/organisations/import/actions";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { ORGANISATION_CSV_MAX_BYTES } from "@/lib/http/upload-limits";
import { useUploadLimit } from "@/lib/http/use-upload-limit";
import type { ImportPreview, PreviewRow } from "@/lib/organisations/import-organisations";

const outcomeLabels: Record<PreviewRow["outcome"], string> = {
  create: "Will be added",
  update: "Will be updated",
  unchanged: "Unchanged",
  error: "Error: will be skipped",
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

function ChangedValue({ value }: { value: string }) {
  return value ? <>{value}</> : <span className="nhs-secondary-text">blank</span>;
}

function PreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <ScrollRegion labelledBy="import-preview-caption">
      <table className="nhs-table">
        <caption id="import-preview-caption">What importing the file will do, row by row</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Organisation</th>
            <th scope="col">ODS code</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.row}>
              <td>{row.row}</td>
              <th scope="row" className="font-normal break-words">
                {row.name || <span className="nhs-secondary-text">No name</span>}
              </th>
              <td className="whitespace-nowrap">{row.odsCode}</td>
              <td>
                <strong className={row.outcome === "error" ? "text-nhs-red" : undefined}>
                  {outcomeLabels[row.outcome]}
                </strong>
                {row.changes ? (
                  <dl className="mb-0 mt-1">
                    {row.changes.map((change) => (
                      <div key={change.column}>
                        <dt className="inline font-bold">{change.column}: </dt>
                        <dd className="inline break-words">
                          <ChangedValue value={change.before} />
                          <span aria-hidden="true"> → </span>
                          <span className="sr-only"> becomes </span>
                          <ChangedValue value={change.after} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
                {row.errors ? (
                  <ul className="mb-0">
                    {row.errors.map((error) => (
                      <li key={`${error.column}:${error.message}`}>
                        {error.column}: {error.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * Import from CSV in two steps: upload a file and see what each row would do; then import the
 * valid rows. Plain forms posting a server action, so it works without JavaScript too.
 */
export function OrganisationImport() {
  const [state, formAction, pending] = useActionState<ImportState, FormData>(
    importOrganisations,
    null,
  );
  // A file over the limit is refused here, before it is uploaded.
  const { tooLarge, checkBeforeUpload } = useUploadLimit(ORGANISATION_CSV_MAX_BYTES);
  const fileError =
    tooLarge ?? (state && !state.ok ? (state.fieldErrors?.file?.[0] ?? state.message) : undefined);
  const preview = state?.ok && state.data.step === "preview" ? state.data : null;
  const imported = state?.ok && state.data.step === "imported" ? state.data.result : null;
  const toImport = preview ? preview.preview.counts.create + preview.preview.counts.update : 0;

  return (
    <>
      {imported ? (
        <div role="status" className="nhs-card border-l-8 border-l-nhs-green">
          <h2>Import complete</h2>
          <p>
            {plural(imported.created, "organisation")} added, {imported.updated} updated,{" "}
            {imported.unchanged} unchanged and {plural(imported.skipped, "row")} with errors
            skipped.
          </p>
          <p className="mb-0">
            <Link href="/organisations">Go to the directory</Link>
          </p>
        </div>
      ) : null}

      {preview ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Check the import</h2>
          {preview.changedSincePreview ? (
            <p role="alert" className="nhs-card border-l-8 border-l-nhs-red font-bold">
              The directory changed since you checked the file, so nothing was imported. Check what
              the file will do now.
            </p>
          ) : null}
          <p>
            {plural(preview.preview.counts.create, "organisation")} will be added,{" "}
            {preview.preview.counts.update} updated and {preview.preview.counts.unchanged} are
            unchanged.{" "}
            {preview.preview.counts.error > 0
              ? `${plural(preview.preview.counts.error, "row")} with errors will be skipped: correct them in the file and check it again to import them.`
              : "No row has errors."}
          </p>
          <p>Columns read: {preview.preview.columns.join(", ")}.</p>
          {preview.preview.ignoredColumns.length > 0 ? (
            <p>Columns ignored: {preview.preview.ignoredColumns.join(", ")}.</p>
          ) : null}
          <PreviewTable preview={preview.preview} />
          {toImport > 0 ? (
            <form action={formAction} className="mt-6">
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="csv" value={preview.preview.csv} />
              <input type="hidden" name="fingerprint" value={preview.preview.fingerprint} />
              <button type="submit" className="nhs-button" disabled={pending}>
                Import {plural(toImport, "row")}
              </button>
            </form>
          ) : (
            <p className="font-bold">Nothing to import: no row adds or changes an organisation.</p>
          )}
          <h2 className="mt-10">Check another file</h2>
        </section>
      ) : null}

      <form
        action={formAction}
        encType="multipart/form-data"
        noValidate
        onSubmit={checkBeforeUpload}
      >
        <ErrorSummary errors={fileError ? [{ fieldId: "file", message: fileError }] : []} />
        <input type="hidden" name="intent" value="preview" />
        <TextField
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          label="CSV file"
          hint="Up to 2 MB and 5,000 rows. Nothing is imported until you have checked the rows."
          error={fileError}
        />
        <button type="submit" className="nhs-button nhs-button-secondary" disabled={pending}>
          Check file
        </button>
      </form>
    </>
  );
}
