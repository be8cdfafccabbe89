// Text for XML and SVG: characters XML 1.0 cannot hold are dropped, and the markup characters
// are escaped, so a name such as "<script>" is shown as text and never read as markup.

// Control characters other than tab, line feed and carriage return, lone surrogates and the two
// non-characters U+FFFE and U+FFFF are not allowed anywhere in an XML 1.0 document.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters an XML document may not contain. */
export const xmlSafe = (text: string) => text.replace(NOT_XML, "");

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes text for an XML element's content or an attribute's value. */
export const escapeXml = (text: string) =>
  xmlSafe(text).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);

/** A file name made from a pathway's name: lower-case letters, digits and hyphens only. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "pathway";
}
