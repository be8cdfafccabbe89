"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { ChartFrame } from "@/components/maturity/results/results-charts";

// The dashboard's charts, drawn in the browser (see ChartFrame: the policy refuses the inline
// styles recharts would render on the server). Each is one image to assistive technology; the
// table beside it holds the same figures.

const PALETTE = ["#005eb8", "#330072", "#007f3b", "#d5281b", "#4c6272", "#ae2573"];
const TEXT = { fill: "#212b32" };

export function GroupedBarChart({
  categories,
  bars,
  label,
}: {
  categories: string[];
  bars: { key: string; name: string; values: number[] }[];
  label: string;
}) {
  const data = categories.map((category, index) => ({
    category,
    ...Object.fromEntries(bars.map((bar) => [bar.key, bar.values[index] ?? 0])),
  }));
  return (
    <ChartFrame label={label} className="h-[20rem]">
      <BarChart data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="category" tick={TEXT} interval={0} fontSize={12} />
        <YAxis allowDecimals={false} tick={TEXT} />
        <Tooltip />
        <Legend wrapperStyle={{ color: "#212b32" }} />
        {bars.map((bar, index) => (
          <Bar
            key={bar.key}
            dataKey={bar.key}
            name={bar.name}
            fill={PALETTE[index % PALETTE.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

export function TrendLineChart({
  months,
  lines,
  label,
}: {
  months: string[];
  lines: { key: string; name: string; values: number[] }[];
  label: string;
}) {
  const data = months.map((month, index) => ({
    month,
    ...Object.fromEntries(lines.map((line) => [line.key, line.values[index] ?? null])),
  }));
  return (
    <ChartFrame label={label} className="h-[20rem]">
      <LineChart data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={TEXT} fontSize={12} />
        <YAxis allowDecimals={false} tick={TEXT} />
        <Tooltip />
        <Legend wrapperStyle={{ color: "#212b32" }} />
        {lines.map((line, index) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.name}
            stroke={PALETTE[index % PALETTE.length]}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
