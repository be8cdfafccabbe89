"use client";

import "@xyflow/react/dist/style.css";
import "./pathway-canvas.css";

import {
  Background,
  BaseEdge,
  type Connection,
  Controls,
  type Edge,
  type EdgeProps,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Panel,
  Position,
  ReactFlow,
} from "@xyflow/react";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

import { relocateStep } from "@/app/pathways/[pathwayId]/actions";
import type { CoverageVerdict } from "@/lib/agreements/coverage/coverage";
import { coverageVerdictLabels } from "@/lib/agreements/coverage/words";
import {
  dropTarget,
  type FlowLabel,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  type PathwayLayout,
  type Point,
} from "@/lib/pathways/layout";
import { flowLineStyles, pathThrough } from "@/lib/pathways/map-style";
import type { ReadinessStatus } from "@/lib/pathways/readiness";

import { CoverageBadge } from "@/components/agreements/coverage-badge";
import { MapLegend } from "./map-legend";

export interface CanvasFlow {
  id: string;
  fromStepId: string;
  toStepId: string;
  label: string;
  status: ReadinessStatus;
  /** Whether a data sharing agreement covers the flow. */
  agreement?: CoverageVerdict;
}

type StepNode = Node<{ name: string; performerRole: string; editable: boolean }, "step">;
type LaneNode = Node<{ label: string; addHref: string | null }, "lane">;
type RoutedEdge = Edge<
  {
    points: Point[];
    label: FlowLabel | null;
    status: ReadinessStatus;
    agreement: CoverageVerdict | undefined;
  },
  "routed"
>;

// Connection handles are 24 px targets (WCAG 2.5.8), sized in pathway-canvas.css. A read-only map
// keeps them hidden, as the canvas joins flows to steps through them.
function StepBox({ data }: NodeProps<StepNode>) {
  return (
    <div className="h-full w-full border-2 border-nhs-blue bg-white px-3 py-2 text-left text-base leading-snug shadow-sm">
      <Handle
        type="target"
        position={Position.Left}
        className={data.editable ? undefined : "pathway-handle-hidden"}
      />
      <strong className="line-clamp-2 block" data-testid="map-step-name">
        {data.name}
      </strong>
      <span className="block truncate text-nhs-secondary">{data.performerRole}</span>
      <Handle
        type="source"
        position={Position.Right}
        className={data.editable ? undefined : "pathway-handle-hidden"}
      />
    </div>
  );
}

function LaneBand({ data }: NodeProps<LaneNode>) {
  return (
    <div className="h-full w-full border-b border-nhs-grey-3 bg-nhs-grey-5/60">
      <span className="block w-[190px] px-3 py-2 text-base font-bold text-nhs-text">
        {data.label}
      </span>
      {data.addHref ? (
        <Link href={data.addHref} className="nodrag nopan block px-3 text-base">
          Add step here<span className="sr-only"> in {data.label}</span>
        </Link>
      ) : null}
    </div>
  );
}

/** A flow along the route the shared layout found, with its label where the layout put it. */
function RoutedFlow({ data, markerEnd }: EdgeProps<RoutedEdge>) {
  if (!data) return null;
  const style = flowLineStyles[data.status];
  const label = data.label;
  return (
    <>
      <BaseEdge
        path={pathThrough(data.points)}
        markerEnd={markerEnd}
        style={{
          stroke: style.colour,
          strokeWidth: style.width,
          strokeDasharray: style.dash ?? undefined,
        }}
      />
      {label ? (
        <g className="pathway-flow-label">
          <rect
            x={label.x}
            y={label.y}
            width={label.width}
            height={label.height}
            rx={3}
            fill="#ffffff"
            stroke={style.colour}
          />
          <text
            x={label.x + label.width / 2}
            y={label.y + LABEL_LINE_HEIGHT}
            fontSize={LABEL_FONT_SIZE}
            textAnchor="middle"
            fill="#212b32"
          >
            {label.lines.map((line, index) => (
              <tspan
                key={index}
                x={label.x + label.width / 2}
                dy={index === 0 ? 0 : LABEL_LINE_HEIGHT}
              >
                {line}
              </tspan>
            ))}
          </text>
          {data.agreement ? (
            <CoverageBadge verdict={data.agreement} x={label.x} y={label.y} />
          ) : null}
        </g>
      ) : null}
    </>
  );
}

const nodeTypes = { step: StepBox, lane: LaneBand };
const edgeTypes = { routed: RoutedFlow };

/** The map stands between these heights on the page; taller maps pan inside it. */
const MIN_HEIGHT = 320;
const MAX_HEIGHT = 640;

/**
 * The pathway map: lanes of organisations with their steps and the flows between them, laid
 * out by the same layout as the exports, at full size (pan to see the rest; zoom with the
 * controls). Leads can drag a step to another place or lane, draw a flow from one step to
 * another and add a step from the map, and open the map full screen; the same changes are
 * available without dragging in the tables and forms below.
 */
export default function PathwayCanvas({
  pathwayId,
  layout,
  flows,
  stepVersions,
  editable,
}: {
  pathwayId: string;
  layout: PathwayLayout;
  flows: CanvasFlow[];
  stepVersions: Record<string, number>;
  editable: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [saving, startSaving] = useTransition();
  const [fullScreen, setFullScreen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const closer = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (fullScreen && !element.open) {
      element.showModal();
      closer.current?.focus();
    }
    if (!fullScreen && element.open) element.close();
  }, [fullScreen]);

  const addStep = `/pathways/${pathwayId}/steps/new`;
  const showsAgreements = flows.some((flow) => flow.agreement !== undefined);
  const laneNodes: LaneNode[] = layout.lanes.map((lane) => ({
    id: `lane:${lane.key}`,
    type: "lane",
    position: { x: 0, y: lane.y },
    data: {
      label: lane.label,
      addHref: editable ? `${addStep}?${new URLSearchParams({ lane: lane.key }).toString()}` : null,
    },
    style: { width: layout.width, height: lane.height },
    draggable: false,
    selectable: false,
    focusable: false,
    connectable: false,
    zIndex: -1,
  }));
  const stepNodes: StepNode[] = layout.steps.map((step) => ({
    id: step.id,
    type: "step",
    position: { x: step.x, y: step.y },
    data: { name: step.name, performerRole: step.performerRole, editable },
    style: { width: step.width, height: step.height },
    ariaLabel: `Step ${step.name}, ${step.performerRole}, in ${
      layout.lanes.find((lane) => lane.key === step.laneKey)?.label ?? "no lane"
    }`,
  }));
  const routes = new Map(layout.flows.map((flow) => [flow.id, flow]));
  const edges: RoutedEdge[] = flows.flatMap((flow) => {
    const route = routes.get(flow.id);
    if (!route) return [];
    return [
      {
        id: flow.id,
        source: flow.fromStepId,
        target: flow.toStepId,
        type: "routed",
        data: {
          points: route.points,
          label: route.label,
          status: flow.status,
          agreement: flow.agreement,
        },
        markerEnd: { type: MarkerType.ArrowClosed, color: flowLineStyles[flow.status].colour },
        ariaLabel: `Flow: ${flow.label}${flow.agreement ? `. Agreement: ${coverageVerdictLabels[flow.agreement].toLowerCase()}` : ""}`,
      },
    ];
  });

  const onNodeDragStop = (_event: unknown, node: Node) => {
    if (node.type !== "step") return;
    const before = layout.steps.find((step) => step.id === node.id);
    if (!before) return;
    const target = dropTarget(layout, node.position);
    const beforePosition = layout.steps.indexOf(before) + 1;
    const lane = target.laneKey && target.laneKey !== before.laneKey ? target.laneKey : undefined;
    if (target.position === beforePosition && !lane) {
      router.refresh();
      return;
    }
    startSaving(async () => {
      const result = await relocateStep(pathwayId, node.id, {
        position: target.position,
        lane,
        version: stepVersions[node.id],
      });
      setMessage(
        result.ok
          ? { text: `Moved “${before.name}”. Saved.`, error: false }
          : { text: result.message, error: true },
      );
      router.refresh();
    });
  };

  const onConnect = (connection: Connection) => {
    if (!connection.source || !connection.target || connection.source === connection.target) {
      return;
    }
    const query = new URLSearchParams({ from: connection.source, to: connection.target });
    router.push(`/pathways/${pathwayId}/flows/new?${query.toString()}`);
  };

  const canvas = (
    <ReactFlow
      nodes={[...laneNodes, ...stepNodes]}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      // Full size from the top left: text stays at its real size, and the rest is a pan away.
      defaultViewport={{ x: 0, y: 0, zoom: 1 }}
      minZoom={0.25}
      maxZoom={2}
      panOnScroll
      nodesDraggable={editable && !saving}
      nodesConnectable={editable}
      elementsSelectable={editable}
      edgesFocusable={false}
      onNodeDragStop={editable ? onNodeDragStop : undefined}
      onConnect={editable ? onConnect : undefined}
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={20} />
      <Controls showInteractive={false} position="bottom-right" />
      {editable ? (
        <Panel position="top-right">
          <Link href={addStep} className="nhs-button nodrag nopan m-0 text-base">
            Add step
          </Link>
        </Panel>
      ) : null}
    </ReactFlow>
  );

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-4">
        <MapLegend shown={["READY", "AT_RISK", "BLOCKED"]} agreements={showsAgreements} />
        <button
          ref={opener}
          type="button"
          className="nhs-button nhs-button-secondary m-0"
          aria-haspopup="dialog"
          onClick={() => setFullScreen(true)}
        >
          Open the map full screen
        </button>
      </div>
      {fullScreen ? (
        <p className="nhs-card">The map is open full screen. Press Escape to return.</p>
      ) : (
        <div
          className="pathway-canvas w-full border border-nhs-grey-4 bg-white"
          style={{ height: Math.max(MIN_HEIGHT, Math.min(layout.height + 2, MAX_HEIGHT)) }}
          data-testid="pathway-canvas"
        >
          {canvas}
        </div>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="map-full-screen-heading"
        className="m-0 h-full max-h-none w-full max-w-none bg-white p-4 backdrop:bg-nhs-text/60"
        onClose={() => {
          setFullScreen(false);
          opener.current?.focus();
        }}
      >
        {fullScreen ? (
          <div className="flex h-full flex-col gap-2">
            <div className="flex flex-wrap items-center justify-between gap-4">
              <h2 id="map-full-screen-heading" className="m-0">
                Map
              </h2>
              <MapLegend shown={["READY", "AT_RISK", "BLOCKED"]} agreements={showsAgreements} />
              <button
                ref={closer}
                type="button"
                className="nhs-button nhs-button-secondary m-0"
                onClick={() => setFullScreen(false)}
              >
                Leave full screen<span className="sr-only"> (Escape)</span>
              </button>
            </div>
            <div
              className="pathway-canvas min-h-0 w-full flex-1 border border-nhs-grey-4 bg-white"
              data-testid="pathway-canvas"
            >
              {canvas}
            </div>
          </div>
        ) : null}
      </dialog>
      <p
        role="status"
        aria-live="polite"
        className={message?.error ? "font-bold text-nhs-red" : ""}
      >
        {saving ? "Saving…" : (message?.text ?? "")}
      </p>
    </div>
  );
}
