import type { ReactNode } from "react";

import { CoverageBadgeKey } from "@/components/agreements/coverage-badge";
import { type FlowLineStatus, flowLineOrder, flowLineStyles } from "@/lib/pathways/map-style";

/** A small drawing of what the map draws, for the eye only: the entry's words say it. */
function Sample({
  width,
  height,
  children,
}: {
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/**
 * What the map's lines mean: each readiness with its colour and dash pattern, drawn as the map
 * draws it, and the step box. The tables below the map say the same in words.
 */
export function MapLegend({
  shown = flowLineOrder,
  agreements = false,
}: {
  shown?: FlowLineStatus[];
  /** Add the badges that show each flow's coverage by data sharing agreements. */
  agreements?: boolean;
}) {
  return (
    <div className="mb-2 flex flex-wrap items-center gap-x-6 gap-y-2" data-testid="map-legend">
      <h3 className="m-0 text-base font-bold">Key</h3>
      <ul className="m-0 flex list-none flex-wrap items-center gap-x-6 gap-y-2 p-0">
        <li className="m-0 flex items-center gap-2">
          <Sample width={36} height={20}>
            <rect
              x="1"
              y="1"
              width="34"
              height="18"
              rx="2"
              fill="#ffffff"
              stroke="#005eb8"
              strokeWidth="2"
            />
          </Sample>
          A step, with who does it
        </li>
        {shown.map((status) => {
          const style = flowLineStyles[status];
          return (
            <li key={status} className="m-0 flex items-center gap-2">
              <Sample width={48} height={12}>
                <line
                  x1="0"
                  y1="6"
                  x2="40"
                  y2="6"
                  stroke={style.colour}
                  strokeWidth={style.width}
                  strokeDasharray={style.dash ?? undefined}
                />
                <path d="M 38 1 L 48 6 L 38 11 z" fill={style.colour} />
              </Sample>
              {status === "UNKNOWN" ? style.label : `${style.label} flow`}
            </li>
          );
        })}
        {agreements ? <CoverageBadgeKey /> : null}
      </ul>
    </div>
  );
}
