import "server-only";

import { Resvg } from "@resvg/resvg-js";

/**
 * Renders an SVG map as PNG on the server, at twice its size so it stays sharp in documents and
 * slides. Fonts are the system's own; resvg falls back to any installed font for Arial.
 */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: "Arial" },
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
