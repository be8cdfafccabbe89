import type { ReactNode } from "react";

/**
 * The map's section of a pathway page, as wide as the screen allows rather than the reading
 * column: on wide screens it reaches out of the page's column to 2rem from each edge.
 */
export function MapSection({ intro, children }: { intro: ReactNode; children: ReactNode }) {
  return (
    <section
      aria-labelledby="map-heading"
      className="mb-8 lg:ml-[calc(50%-50vw+2rem)] lg:w-[calc(100vw-4rem)]"
      data-testid="map-section"
    >
      <h2 id="map-heading">Map</h2>
      <p className="nhs-secondary-text">{intro}</p>
      {children}
    </section>
  );
}
