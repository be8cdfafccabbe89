// A horizontal bar chart drawn as plain SVG on the server, for the printed board report: no
// script, no canvas and no inline styles, so it prints as it shows. One image to assistive
// technology; the table beside it holds the same figures.

const WIDTH = 640;
const ROW = 28;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 60;
const COLOURS = ["#005eb8", "#330072", "#007f3b", "#d5281b", "#4c6272", "#ae2573"];

export function SvgBarChart({
  label,
  bars,
}: {
  label: string;
  bars: { label: string; value: number; colour?: number }[];
}) {
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW + 8;
  return (
    <div role="img" aria-label={label} data-chart="" className="max-w-[40rem]">
      <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${WIDTH} ${height}`} width="100%">
        {bars.map((bar, index) => {
          const y = index * ROW + 4;
          const length = bar.value === 0 ? 0 : Math.max(2, (bar.value / largest) * room);
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 8} y={y + 17} textAnchor="end" fontSize="13" fill="#212b32">
                {bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 3}
                width={length}
                height={ROW - 8}
                fill={COLOURS[(bar.colour ?? index) % COLOURS.length]}
                data-mark=""
              />
              <text x={LABEL_WIDTH + length + 6} y={y + 17} fontSize="13" fill="#212b32">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** The trend of one figure as a plain SVG line over the months, for print. */
export function SvgLineChart({
  label,
  months,
  values,
}: {
  label: string;
  months: string[];
  values: number[];
}) {
  const width = 640;
  const height = 180;
  const left = 40;
  const bottom = 30;
  const largest = Math.max(1, ...values);
  const step = values.length > 1 ? (width - left - 20) / (values.length - 1) : 0;
  const point = (value: number, index: number) =>
    `${left + index * step},${10 + (1 - value / largest) * (height - bottom - 10)}`;
  return (
    <div role="img" aria-label={label} data-chart="" className="max-w-[40rem]">
      <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${width} ${height}`} width="100%">
        <line
          x1={left}
          y1={height - bottom}
          x2={width - 10}
          y2={height - bottom}
          stroke="#4c6272"
        />
        <text x={left - 6} y={14} textAnchor="end" fontSize="12" fill="#212b32">
          {largest}
        </text>
        <text x={left - 6} y={height - bottom} textAnchor="end" fontSize="12" fill="#212b32">
          0
        </text>
        <polyline
          points={values.map(point).join(" ")}
          fill="none"
          stroke="#005eb8"
          strokeWidth="3"
          data-mark=""
        />
        {months.map((month, index) =>
          index === 0 || index === months.length - 1 || index % 3 === 0 ? (
            <text
              key={month}
              x={left + index * step}
              y={height - 10}
              textAnchor={index === months.length - 1 ? "end" : index === 0 ? "start" : "middle"}
              fontSize="12"
              fill="#212b32"
            >
              {month}
            </text>
          ) : null,
        )}
      </svg>
    </div>
  );
}
