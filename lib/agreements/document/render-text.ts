// The long free-text fields of an agreement (purposes, security, retention...) as paragraphs.
// They are kept as Markdown; until the shared Markdown renderer is used here, the text is shown
// as plain paragraphs, split at blank lines, and React escapes every character of it.

/** An agreement's free text as plain paragraphs: never HTML. */
export function renderAgreementText(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
