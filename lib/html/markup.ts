import escapeHtml from "escape-html";

// The rows of the heaviest tables (the heatmaps, a pathway's steps and flows) are built as HTML
// text rather than as React elements. React renders each element twice for every request (its
// payload, then the HTML from the payload) and sends it twice: for tables of hundreds of cells
// that was most of the request's time. Here every value put into the markup is escaped, and only
// markup built by `html` passes through as it is, so no text can become markup.

/** A value that `html` can put into markup: text and numbers are escaped, nothing is left out. */
export type MarkupValue =
  Markup | string | number | null | undefined | false | readonly MarkupValue[];

/** HTML built by `html`, safe to insert as it is. */
export class Markup {
  readonly #html: string;

  private constructor(html: string) {
    this.#html = html;
  }

  /** The HTML. */
  toString(): string {
    return this.#html;
  }

  /** Only `html` makes markup. */
  static fromTemplate(strings: TemplateStringsArray, values: readonly MarkupValue[]): Markup {
    const parts = compacted(strings);
    let out = parts[0] ?? "";
    values.forEach((value, index) => {
      out += render(value) + (parts[index + 1] ?? "");
    });
    return new Markup(out);
  }
}

// A template's line breaks and indentation are for its reader: each run of white space that
// holds a line break becomes one space, which HTML reads the same. Once per template.
const compactedTemplates = new WeakMap<TemplateStringsArray, readonly string[]>();

function compacted(strings: TemplateStringsArray): readonly string[] {
  let parts = compactedTemplates.get(strings);
  if (!parts) {
    parts = strings.map((part) => part.replace(/\s*\n\s*/g, " "));
    compactedTemplates.set(strings, parts);
  }
  return parts;
}

function render(value: MarkupValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.toString();
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return (value as readonly MarkupValue[]).map(render).join("");
  return escapeHtml(String(value));
}

/**
 * Builds markup from a template: `html\`<td class="${shade}">${name}</td>\``. Put values only
 * in text or in attributes between double quotes; arrays are joined; null, undefined and false
 * leave nothing.
 */
export function html(strings: TemplateStringsArray, ...values: MarkupValue[]): Markup {
  return Markup.fromTemplate(strings, values);
}

/** The props that make an element's content the markup: `<tbody {...innerMarkup(rows)} />`. */
export function innerMarkup(markup: Markup): { dangerouslySetInnerHTML: { __html: string } } {
  return { dangerouslySetInnerHTML: { __html: markup.toString() } };
}
