/**
 * A piece of Markdown as plain words, for a line of text (a search snippet, a label): emphasis,
 * heading, quote and code marks, the addresses of links and the rules of tables are left out,
 * table cells and line breaks become spaces. Anything else (a search's highlight markers) stays.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/gm, " ")
    .replace(/\]\([^)\s]*\)/g, "]")
    .replace(/[*_`#>[\]]+/g, "")
    .replace(/\|/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
