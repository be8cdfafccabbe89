import type { CoverageVerdict } from "@/lib/agreements/coverage/coverage";
import { coverageVerdictLabels } from "@/lib/agreements/coverage/words";

// A flow's coverage on the pathway map: a small disc with a mark at the corner of its label, so
// it reads without colour too. The map's key and the tables below it say the same in words.

const marks: Record<Exclude<CoverageVerdict, "NOT_NEEDED">, { mark: string; colour: string }> = {
  COVERED: { mark: "✓", colour: "#007f3b" },
  AT_RISK: { mark: "!", colour: "#8a4600" },
  NOT_COVERED: { mark: "✕", colour: "#d5281b" },
};

const RADIUS = 9;

/** The badge drawn in an SVG at (x, y): its centre. Nothing for flows that need no agreement. */
export function CoverageBadge({
  verdict,
  x,
  y,
}: {
  verdict: CoverageVerdict;
  x: number;
  y: number;
}) {
  if (verdict === "NOT_NEEDED") return null;
  const { mark, colour } = marks[verdict];
  return (
    <g className="pathway-flow-agreement" data-agreement={verdict} aria-hidden="true">
      <circle cx={x} cy={y} r={RADIUS} fill={colour} stroke="#ffffff" strokeWidth={1.5} />
      <text x={x} y={y + 4} fontSize={12} fontWeight="bold" textAnchor="middle" fill="#ffffff">
        {mark}
      </text>
    </g>
  );
}

/** The key's entries for the badges. */
export function CoverageBadgeKey() {
  return (
    <>
      {(Object.keys(marks) as (keyof typeof marks)[]).map((verdict) => (
        <li key={verdict} className="m-0 flex items-center gap-2">
          <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <CoverageBadge verdict={verdict} x={10} y={10} />
          </svg>
          Agreement: {coverageVerdictLabels[verdict].toLowerCase()}
        </li>
      ))}
    </>
  );
}
