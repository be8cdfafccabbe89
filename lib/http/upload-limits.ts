// How much a request may send, per page, and what people are told when a file is too large: the
// same numbers on the server (proxy.ts refuses a larger body with 413 before it is read) and in
// the browser (the import forms check the file before uploading it). Each page's limit is as
// small as its form needs; next.config.js's serverActions.bodySizeLimit is the largest of them.

const MB = 1024 * 1024;
// Multipart boundaries and the form's other fields, on top of the file itself.
const FORM_OVERHEAD = 64 * 1024;

/** The organisation import's CSV file (lib/organisations/csv-file.ts MAX_IMPORT_BYTES). */
export const ORGANISATION_CSV_MAX_BYTES = 2 * MB;
/** The pathway import's JSON file (lib/pathways/export/pathway-json.ts MAX_PATHWAY_FILE_BYTES). */
export const PATHWAY_FILE_MAX_BYTES = 1 * MB;
/** Every other form: text fields only. */
export const FORM_MAX_BYTES = 1 * MB;

/** "The file must be 2 MB or smaller." */
export function fileTooLargeMessage(maxBytes: number): string {
  return `The file must be ${maxBytes / MB} MB or smaller.`;
}

/** The most a request to `pathname` may send, and what to say when it sends more. */
export function bodyLimitFor(pathname: string): { maxBytes: number; message: string } {
  if (pathname === "/organisations/import") {
    return {
      maxBytes: ORGANISATION_CSV_MAX_BYTES + FORM_OVERHEAD,
      message: fileTooLargeMessage(ORGANISATION_CSV_MAX_BYTES),
    };
  }
  if (pathname === "/pathways/import") {
    return {
      maxBytes: PATHWAY_FILE_MAX_BYTES + FORM_OVERHEAD,
      message: fileTooLargeMessage(PATHWAY_FILE_MAX_BYTES),
    };
  }
  return {
    maxBytes: FORM_MAX_BYTES,
    message: `What you sent is too large: a form may send at most ${FORM_MAX_BYTES / MB} MB. Shorten the text and try again.`,
  };
}

/**
 * In the browser, before uploading: the message for a chosen file over `maxBytes`, or undefined.
 */
export function chosenFileTooLarge(form: HTMLFormElement, maxBytes: number): string | undefined {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    for (const file of input.files ?? []) {
      if (file.size > maxBytes) return fileTooLargeMessage(maxBytes);
    }
  }
  return undefined;
}
