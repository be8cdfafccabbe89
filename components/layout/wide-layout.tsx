import type { ReactNode } from "react";

/**
 * Gives a page the full width of the screen (up to 1440 px) instead of the reading column, for a
 * wide table, a heatmap or a map. The page's text keeps a readable line length: only what sits
 * in here spreads. Wrap the whole page's content in it: the page's frame widens around it.
 */
export function WideLayout({ children }: { children: ReactNode }) {
  return <div data-layout="wide">{children}</div>;
}
