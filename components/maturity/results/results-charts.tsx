"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ReactNode } from "react";

import { useHydrated } from "@/components/ui/use-hydrated";

// The results charts. Each is a picture for sighted readers: the table after it holds the same
// figures, so the chart is one image to assistive technology, described by its label.
//
// recharts sizes and places its parts with style attributes. In server-rendered HTML those are
// inline styles, which the Content-Security-Policy (style-src 'self') refuses, leaving a chart of
// height 0. Drawn in the browser only, the same styles are set through the DOM (CSSOM), which the
// policy allows, so the charts render without weakening it. Until then the frame keeps its size.

const COLOURS = {
  organisation: "#005eb8",
  peers: "#330072",
  coalition: "#4c6272",
} as const;

/** A chart's frame: a fixed-height image with its label, drawn only in the browser. */
export function ChartFrame({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  const inBrowser = useHydrated();
  return (
    <div role="img" aria-label={label} data-chart="" className={`w-full ${className}`}>
      {inBrowser ? (
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}

export interface RadarPoint {
  dimension: string;
  organisation: number | null;
  peers: number | null;
  coalition: number | null;
}

export function ResultsRadarChart({
  data,
  organisationName,
  label,
}: {
  data: RadarPoint[];
  organisationName: string;
  label: string;
}) {
  return (
    <ChartFrame label={label} className="h-[26rem]">
      <RadarChart data={data} outerRadius="70%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" tick={{ fill: "#212b32", fontSize: 13 }} />
        <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} />
        <Radar
          name={organisationName}
          dataKey="organisation"
          stroke={COLOURS.organisation}
          fill={COLOURS.organisation}
          fillOpacity={0.25}
          strokeWidth={3}
          isAnimationActive={false}
        />
        <Radar
          name="Median of peers of the same type"
          dataKey="peers"
          stroke={COLOURS.peers}
          fill="none"
          strokeDasharray="6 4"
          strokeWidth={2}
          isAnimationActive={false}
        />
        <Radar
          name="Coalition median"
          dataKey="coalition"
          stroke={COLOURS.coalition}
          fill="none"
          strokeDasharray="2 3"
          strokeWidth={2}
          isAnimationActive={false}
        />
        <Legend wrapperStyle={{ color: "#212b32" }} />
      </RadarChart>
    </ChartFrame>
  );
}

export function ResultsTrendChart({
  rounds,
  lines,
  label,
}: {
  rounds: string[];
  lines: { key: string; name: string; scores: (number | null)[] }[];
  label: string;
}) {
  const data = rounds.map((round, index) => ({
    round,
    ...Object.fromEntries(lines.map((line) => [line.key, line.scores[index] ?? null])),
  }));
  const palette = ["#005eb8", "#330072", "#007f3b", "#d5281b", "#4c6272", "#003087", "#ae2573"];
  return (
    <ChartFrame label={label} className="h-[22rem]">
      <LineChart data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="round" tick={{ fill: "#212b32" }} />
        <YAxis domain={[0, 5]} tickCount={6} tick={{ fill: "#212b32" }} />
        <Tooltip />
        <Legend wrapperStyle={{ color: "#212b32" }} />
        {lines.map((line, index) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.name}
            stroke={palette[index % palette.length]}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
