import { z } from "zod";

// The one rule for text that people send: form fields, query parameters and imported files alike.
// Text may hold tabs and line breaks but no other control characters (a NUL byte cannot be stored
// in PostgreSQL's text at all), and no lone surrogates (half of an emoji, which is not UTF-8). Every
// text schema starts from `text()`, so such text is refused with a message, never stored and never
// a server error; searches drop it and show everything instead.

// C0 controls except tab (09), line feed (0A) and carriage return (0D); DEL and the C1 controls.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT =
  "Remove the hidden control characters or broken symbols from this text (they may have come with pasted text)";

/** Whether text can be stored and shown as it is. */
export const isStorableText = (value: string): boolean =>
  !CONTROL_CHARACTER.test(value) && !LONE_SURROGATE.test(value);

/** A string that can be stored: the start of every text schema. `missing` names an absent value. */
export const text = (missing?: string) =>
  z
    .string(missing === undefined ? undefined : { message: missing })
    .refine(isStorableText, { message: UNSTORABLE_TEXT, abort: true });

/** Text that must be given: trimmed, at least one character, at most `max`. */
export const requiredText = (max: number, missing: string, tooLong: string) =>
  text(missing).trim().min(1, missing).max(max, tooLong);

/** Text that may be left blank: trimmed; blank (or absent, as stored) means "not recorded", null. */
export const optionalText = (max: number, tooLong: string) =>
  text()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * One line of text, such as a name people search for: trimmed, with runs of spaces made one, so
 * that "Meridian  GP " and "Meridian GP" are the same. `required` null allows it blank ("").
 */
export const singleLine = (max: number, required: string | null, tooLong: string) =>
  text(required ?? undefined)
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .pipe(required ? z.string().min(1, required).max(max, tooLong) : z.string().max(max, tooLong));

/**
 * A search box read from the address bar: trimmed and at most `max` characters. Text that cannot
 * be stored or is too long is dropped, so a hand-edited link still shows the page, unfiltered.
 */
export const searchText = (max = 100) => text().trim().max(max).optional().catch(undefined);
