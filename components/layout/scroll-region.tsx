import type { ReactNode } from "react";

import { html, type Markup } from "@/lib/html/markup";

const regionClass = (sticky: boolean, className: string) =>
  `scroll-region ${sticky ? "scroll-region-sticky" : ""} ${className}`;

/**
 * A wide table's own scrolling area, so that on a narrow screen the table scrolls sideways
 * inside it and the page does not. It can take the keyboard's focus, so people who do not use a
 * mouse can scroll it too, and it is a region named after its table (WCAG 2.1.1 and 4.1.2).
 * With `sticky`, the table's header row and first column stay in view as it scrolls: the area
 * then scrolls down as well as across, within most of the screen's height.
 */
export function ScrollRegion({
  labelledBy,
  label,
  sticky = false,
  className = "",
  children,
}: {
  /** The id of the table's caption or heading. */
  labelledBy?: string;
  /** A name, when nothing on the page names the table. */
  label?: string;
  sticky?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      tabIndex={0}
      data-scroll-region=""
      className={regionClass(sticky, className)}
    >
      {children}
    </div>
  );
}

/** The same area as markup, around a table built as markup (lib/html/markup). */
export function scrollRegionMarkup({
  labelledBy,
  className = "",
  content,
}: {
  labelledBy: string;
  className?: string;
  content: Markup;
}): Markup {
  return html`<div
    role="region"
    aria-labelledby="${labelledBy}"
    tabindex="0"
    data-scroll-region=""
    class="${regionClass(false, className)}"
  >
    ${content}
  </div>`;
}
