import type { ActionResult } from "@/lib/server/action";

import type { ErrorSummaryItem } from "./error-summary";

/** A server action's refusal, as the form gets it back. */
export type Refusal = Pick<
  Extract<ActionResult<unknown>, { ok: false }>,
  "message" | "fieldErrors"
>;

/** What the form shows when the action could not be reached or failed without an answer. */
export const UNSENT_MESSAGE =
  "Sorry, there is a problem with the service. Your answers could not be sent. Try again.";

/**
 * Where a refusal's messages go: each error of a field the form shows goes on that field; every
 * other message (a conflict, a lost session, an error about a field the form does not show) goes
 * to the summary, so no refusal is ever dropped.
 */
export function splitRefusal(
  refusal: Refusal,
  fields: readonly string[],
): { onFields: [field: string, message: string][]; onForm: string[] } {
  const onFields: [string, string][] = [];
  const elsewhere: string[] = [];
  for (const [field, messages] of Object.entries(refusal.fieldErrors ?? {})) {
    const message = messages[0] ?? refusal.message;
    if (fields.includes(field)) onFields.push([field, message]);
    else if (!elsewhere.includes(message)) elsewhere.push(message);
  }
  if (onFields.length > 0) return { onFields, onForm: elsewhere };
  return { onFields, onForm: elsewhere.length > 0 ? elsewhere : [refusal.message] };
}

/** The message of a field's error, the field named by its path (`levels.2` for a list's third). */
export function messageAt(errors: object, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== "object" || node === null) return undefined;
  const { message } = node as { message?: unknown };
  return typeof message === "string" ? message : undefined;
}

/**
 * The error summary's entries: each field's message in the form's order, then the form's own.
 * Each entry leads to the field's control: its id is the field's path unless `ids` names another.
 */
export function errorSummaryOf(
  fields: readonly string[],
  errors: object,
  formErrors: readonly string[],
  ids: Readonly<Record<string, string>> = {},
): ErrorSummaryItem[] {
  return [
    ...fields.flatMap((field) => {
      const message = messageAt(errors, field);
      return message === undefined ? [] : [{ fieldId: ids[field] ?? field, message }];
    }),
    ...formErrors.map((message) => ({ message })),
  ];
}
