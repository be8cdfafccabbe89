import type { PathwayContent } from "./content";

// The swimlane layout of a pathway map, shared by the live map, the SVG and PNG exports, the
// print view and the BPMN diagram: one lane (row) per organisation or type, in the order they
// first act; one column per step, in the pathway's order, exactly as the lead set them.
//
// Flows are routed orthogonally through the empty space only: out of the sending step's right
// side into the gap after its column, along a channel under a lane (where no step ever sits),
// and into the receiving step's left side from the gap before its column. Gaps and channels
// grow with the lines and labels they carry, each line on its own track, so no line passes
// through a step and no label overlaps a step or another label. Deterministic and linear in
// the size of the pathway, so the same pathway always draws the same way, quickly.

export const LANE_LABEL_WIDTH = 200;
export const STEP_WIDTH = 200;
export const STEP_HEIGHT = 84;
/** Flow labels: 12 px text, so they stay readable at the map's default zoom. */
export const LABEL_FONT_SIZE = 12;
export const LABEL_LINE_HEIGHT = 16;
const LABEL_PADDING = 4;
/** Short enough lines that a label fits under a step's column, where no line runs upright. */
const LABEL_CHARS_PER_LINE = 26;
const LABEL_MAX_LINES = 4;
/** A generous average width of a character of 12 px Arial, so estimated labels never cut. */
const LABEL_CHAR_WIDTH = 7.2;
const LANE_PADDING = 28;
const MIN_GAP = 48;
const GAP_PADDING = 12;
const TRACK_SPACING = 10;
const CHANNEL_PADDING = 8;
const LABEL_SPACING = 12;
const RIGHT_MARGIN = 24;

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutLane {
  key: string;
  label: string;
  y: number;
  height: number;
}

export interface LaidOutStep extends Box {
  id: string;
  name: string;
  performerRole: string;
  laneKey: string;
}

export interface FlowLabel extends Box {
  text: string;
  /** The label broken into lines, as wide as the box allows. */
  lines: string[];
}

export interface LaidOutFlow {
  id: string;
  fromStepId: string;
  toStepId: string;
  /** The line's corners, from the sending step's right side to the receiving step's left side. */
  points: Point[];
  label: FlowLabel | null;
}

export interface PathwayLayout {
  width: number;
  height: number;
  lanes: LaidOutLane[];
  steps: LaidOutStep[];
  flows: LaidOutFlow[];
}

type LayoutFlow = Pick<
  PathwayContent["flows"][number],
  "id" | "fromStepId" | "toStepId" | "purpose"
> & { categories: { name: string }[] };

export interface LayoutInput {
  lanes: Pick<PathwayContent["lanes"][number], "key" | "label">[];
  steps: Pick<
    PathwayContent["steps"][number],
    "id" | "name" | "performerRole" | "laneKey" | "position"
  >[];
  flows: LayoutFlow[];
}

/** What a flow's line says: the data it carries, or its purpose when it names no data. */
export function flowLabelText(flow: Pick<LayoutFlow, "categories" | "purpose">): string {
  const categories = flow.categories.map((category) => category.name).join(", ");
  return categories || flow.purpose;
}

/** Breaks text into at most `lines` lines of about `width` characters, the last cut if need be. */
export function wrap(text: string, width: number, lines: number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const result: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= width || !current) {
      current = next;
      continue;
    }
    result.push(current);
    current = word;
  }
  if (current) result.push(current);
  const kept = result.slice(0, lines);
  if (result.length > lines) kept[lines - 1] = result.slice(lines - 1).join(" ");
  return kept.map((line) => truncate(line, width));
}

/**
 * A flow's label on up to four lines of about 26 characters. A long word keeps its line to
 * itself rather than being cut; only a label too long for four lines ends with an ellipsis.
 */
export function labelLines(text: string): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LABEL_CHARS_PER_LINE) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  if (lines.length <= LABEL_MAX_LINES) return lines;
  const kept = lines.slice(0, LABEL_MAX_LINES);
  kept[LABEL_MAX_LINES - 1] = truncate(
    lines.slice(LABEL_MAX_LINES - 1).join(" "),
    LABEL_CHARS_PER_LINE,
  );
  return kept;
}

/** Cuts text to `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** Puts intervals on as few tracks as possible, none touching another on the same track. */
function packTracks(intervals: { start: number; end: number }[], spacing: number): number[] {
  const order = intervals
    .map((_, index) => index)
    .sort((a, b) => {
      const first = intervals[a];
      const second = intervals[b];
      return first && second ? first.start - second.start || first.end - second.end : 0;
    });
  const trackEnds: number[] = [];
  const tracks: number[] = new Array<number>(intervals.length).fill(0);
  for (const index of order) {
    const interval = intervals[index];
    if (!interval) continue;
    let track = trackEnds.findIndex((end) => end + spacing <= interval.start);
    if (track === -1) {
      track = trackEnds.length;
      trackEnds.push(interval.end);
    } else {
      trackEnds[track] = interval.end;
    }
    tracks[index] = track;
  }
  return tracks;
}

interface Routing {
  flow: LayoutFlow;
  from: number;
  to: number;
  fromLane: number;
  toLane: number;
  /** The lane whose channel (the space below it) carries the flow's horizontal run. */
  channel: number;
  exitGap: number;
  entryGap: number;
  text: string;
  lines: string[];
  labelWidth: number;
  labelHeight: number;
  exitY: number;
  entryY: number;
}

export function layOutPathway(content: LayoutInput): PathwayLayout {
  const laneIndex = new Map(content.lanes.map((lane, index) => [lane.key, index]));
  const ordered = [...content.steps].sort((a, b) => a.position - b.position);
  const column = new Map(ordered.map((step, index) => [step.id, index]));
  const laneOf = (stepId: string) => {
    const step = ordered[column.get(stepId) ?? -1];
    return step ? (laneIndex.get(step.laneKey) ?? 0) : 0;
  };
  const laneCount = Math.max(1, content.lanes.length);

  // Which gaps and channel each flow uses. Gap c is the space right of column c; gap -1 is
  // the space between the lane names and the first column.
  const routings: Routing[] = content.flows.flatMap((flow) => {
    const from = column.get(flow.fromStepId);
    const to = column.get(flow.toStepId);
    if (from === undefined || to === undefined) return [];
    const fromLane = laneOf(flow.fromStepId);
    const toLane = laneOf(flow.toStepId);
    const text = flowLabelText(flow);
    const lines = labelLines(text);
    const longest = Math.max(0, ...lines.map((line) => line.length));
    return [
      {
        flow,
        from,
        to,
        fromLane,
        toLane,
        channel: Math.min(fromLane, toLane),
        exitGap: from,
        entryGap: to - 1,
        text,
        lines,
        labelWidth: lines.length ? Math.ceil(longest * LABEL_CHAR_WIDTH) + 2 * LABEL_PADDING : 0,
        labelHeight: lines.length ? lines.length * LABEL_LINE_HEIGHT + 2 * LABEL_PADDING : 0,
        exitY: 0,
        entryY: 0,
      },
    ];
  });

  // Ports: each flow leaves and enters at its own height on the step's side, ordered by where
  // the line goes next so that lines leaving one step do not cross each other there.
  const portsOf = (key: (routing: Routing) => number, sortKey: (routing: Routing) => number) => {
    const byStep = new Map<number, Routing[]>();
    for (const routing of routings) {
      const list = byStep.get(key(routing)) ?? [];
      list.push(routing);
      byStep.set(key(routing), list);
    }
    return [...byStep.values()].map((list) =>
      list.sort((a, b) => sortKey(a) - sortKey(b) || a.flow.id.localeCompare(b.flow.id)),
    );
  };
  const exits = portsOf(
    (routing) => routing.from,
    (routing) => routing.channel * 1e6 + routing.to,
  );
  const entries = portsOf(
    (routing) => routing.to,
    (routing) => routing.channel * 1e6 + routing.from,
  );

  // Channels: the flows running along each are packed onto tracks by the stretch they (and
  // their labels) cover. Positions along x depend on gap widths, which depend on tracks in the
  // gaps; gaps are sized first from the vertical runs, which need only the lanes' order.
  // Vertical runs in a gap are packed by the lanes they span (a lane is one unit high).
  const gapSegments = new Map<
    number,
    { routing: Routing; start: number; end: number; exit: boolean }[]
  >();
  for (const routing of routings) {
    const channelLevel = routing.channel + 0.75;
    for (const exit of [true, false]) {
      const gap = exit ? routing.exitGap : routing.entryGap;
      const lane = exit ? routing.fromLane : routing.toLane;
      const list = gapSegments.get(gap) ?? [];
      list.push({
        routing,
        start: Math.min(lane + 0.5, channelLevel),
        end: Math.max(lane + 0.5, channelLevel),
        exit,
      });
      gapSegments.set(gap, list);
    }
  }
  const trackX = new Map<string, number>();
  const gapWidth = new Map<number, number>();
  for (const [gap, segments] of gapSegments) {
    const tracks = packTracks(segments, 0.01);
    const count = Math.max(0, ...tracks) + 1;
    gapWidth.set(gap, Math.max(MIN_GAP, 2 * GAP_PADDING + (count - 1) * TRACK_SPACING));
    segments.forEach((segment, index) => {
      trackX.set(
        `${segment.routing.flow.id}:${segment.exit ? "exit" : "entry"}`,
        tracks[index] ?? 0,
      );
    });
  }
  const widthOfGap = (gap: number) => gapWidth.get(gap) ?? MIN_GAP;

  const columnX: number[] = [];
  let x = LANE_LABEL_WIDTH + widthOfGap(-1);
  for (let index = 0; index < ordered.length; index += 1) {
    columnX.push(x);
    x += STEP_WIDTH + widthOfGap(index);
  }
  const gapStart = (gap: number) =>
    gap < 0 ? LANE_LABEL_WIDTH : (columnX[gap] ?? LANE_LABEL_WIDTH) + STEP_WIDTH;
  const verticalX = (routing: Routing, exit: boolean) =>
    gapStart(exit ? routing.exitGap : routing.entryGap) +
    GAP_PADDING +
    (trackX.get(`${routing.flow.id}:${exit ? "exit" : "entry"}`) ?? 0) * TRACK_SPACING;

  // Horizontal runs and their labels, packed onto tracks in each channel. A label sits under a
  // column, never in a gap, so no other flow's line runs through it: under the middle column
  // its line passes, or under the receiving step when the line goes straight to the next one.
  const labelColumn = (routing: Routing) => {
    if (routing.to === routing.from + 1) return routing.to;
    const [first, last] =
      routing.to > routing.from ? [routing.from + 1, routing.to - 1] : [routing.to, routing.from];
    return Math.floor((first + last) / 2);
  };
  const channelTrack = new Map<Routing, number>();
  const channelTrackHeights: number[][] = [];
  const labelX = new Map<Routing, number>();
  for (let lane = 0; lane < laneCount; lane += 1) {
    const inChannel = routings.filter((routing) => routing.channel === lane);
    const intervals = inChannel.map((routing) => {
      const start = verticalX(routing, true);
      const end = verticalX(routing, false);
      const left = (columnX[labelColumn(routing)] ?? 0) + (STEP_WIDTH - routing.labelWidth) / 2;
      labelX.set(routing, left);
      return {
        start: Math.min(start, end, left),
        end: Math.max(start, end, left + routing.labelWidth),
      };
    });
    const tracks = packTracks(intervals, LABEL_SPACING);
    const heights: number[] = [];
    inChannel.forEach((routing, index) => {
      const track = tracks[index] ?? 0;
      channelTrack.set(routing, track);
      heights[track] = Math.max(heights[track] ?? TRACK_SPACING, routing.labelHeight + 4);
    });
    channelTrackHeights.push(Array.from(heights, (height) => height ?? TRACK_SPACING));
  }

  // Lanes, top to bottom: padding, the steps, padding, then the lane's channel.
  const laneTop: number[] = [];
  let y = 0;
  for (let lane = 0; lane < laneCount; lane += 1) {
    laneTop.push(y);
    const channelHeight =
      (channelTrackHeights[lane] ?? []).reduce((sum, height) => sum + height, 0) + CHANNEL_PADDING;
    y += 2 * LANE_PADDING + STEP_HEIGHT + channelHeight;
  }
  const height = y;
  const stepTop = (lane: number) => (laneTop[lane] ?? 0) + LANE_PADDING;
  const channelLineY = (routing: Routing) => {
    const heights = channelTrackHeights[routing.channel] ?? [];
    const track = channelTrack.get(routing) ?? 0;
    const above = heights.slice(0, track).reduce((sum, value) => sum + value, 0);
    return (
      stepTop(routing.channel) + STEP_HEIGHT + LANE_PADDING + above + (heights[track] ?? 0) / 2
    );
  };

  for (const list of exits) {
    list.forEach((routing, index) => {
      routing.exitY = stepTop(routing.fromLane) + ((index + 1) * STEP_HEIGHT) / (list.length + 1);
    });
  }
  for (const list of entries) {
    list.forEach((routing, index) => {
      routing.entryY = stepTop(routing.toLane) + ((index + 1) * STEP_HEIGHT) / (list.length + 1);
    });
  }

  const steps: LaidOutStep[] = ordered.map((step, index) => ({
    id: step.id,
    name: step.name,
    performerRole: step.performerRole,
    laneKey: step.laneKey,
    x: columnX[index] ?? 0,
    y: stepTop(laneIndex.get(step.laneKey) ?? 0),
    width: STEP_WIDTH,
    height: STEP_HEIGHT,
  }));

  let right = x + RIGHT_MARGIN;
  const flows: LaidOutFlow[] = routings.map((routing) => {
    const exitX = verticalX(routing, true);
    const entryX = verticalX(routing, false);
    const lineY = channelLineY(routing);
    const startX = (columnX[routing.from] ?? 0) + STEP_WIDTH;
    const endX = columnX[routing.to] ?? 0;
    const points = [
      { x: startX, y: routing.exitY },
      { x: exitX, y: routing.exitY },
      { x: exitX, y: lineY },
      { x: entryX, y: lineY },
      { x: entryX, y: routing.entryY },
      { x: endX, y: routing.entryY },
    ];
    const left = labelX.get(routing) ?? exitX;
    right = Math.max(right, left + routing.labelWidth + RIGHT_MARGIN);
    return {
      id: routing.flow.id,
      fromStepId: routing.flow.fromStepId,
      toStepId: routing.flow.toStepId,
      points: points.filter(
        (point, index) =>
          index === 0 || point.x !== points[index - 1]?.x || point.y !== points[index - 1]?.y,
      ),
      label: routing.lines.length
        ? {
            text: routing.text,
            lines: routing.lines,
            x: left,
            y: lineY - routing.labelHeight / 2,
            width: routing.labelWidth,
            height: routing.labelHeight,
          }
        : null,
    };
  });

  return {
    width: Math.max(right, LANE_LABEL_WIDTH + MIN_GAP + STEP_WIDTH + RIGHT_MARGIN),
    height,
    lanes: content.lanes.map((lane, index) => ({
      key: lane.key,
      label: lane.label,
      y: laneTop[index] ?? 0,
      height: (laneTop[index + 1] ?? height) - (laneTop[index] ?? 0),
    })),
    steps,
    flows,
  };
}

/** Where a step dropped at (x, y) on the canvas belongs: its place in the order, and its lane. */
export function dropTarget(
  layout: PathwayLayout,
  point: { x: number; y: number },
): { position: number; laneKey: string | null } {
  const centre = { x: point.x + STEP_WIDTH / 2, y: point.y + STEP_HEIGHT / 2 };
  let position = 1;
  let nearest = Number.POSITIVE_INFINITY;
  layout.steps.forEach((step, index) => {
    const distance = Math.abs(step.x + step.width / 2 - centre.x);
    if (distance < nearest) {
      nearest = distance;
      position = index + 1;
    }
  });
  const lane = layout.lanes.find((row) => centre.y >= row.y && centre.y < row.y + row.height);
  return { position, laneKey: lane?.key ?? null };
}
