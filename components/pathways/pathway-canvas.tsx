"use client";

import "@xyflow/react/dist/style.css";

import {
  Background,
  type Connection,
  Controls,
  type Edge,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { relocateStep } from "@/app/pathways/[pathwayId]/actions";
import { dropTarget, type PathwayLayout } from "@/lib/pathways/layout";
import type { ReadinessStatus } from "@/lib/pathways/readiness";

export interface CanvasFlow {
  id: string;
  fromStepId: string;
  toStepId: string;
  label: string;
  status: ReadinessStatus;
}

type StepNode = Node<{ name: string; performerRole: string }, "step">;
type LaneNode = Node<{ label: string; width: number; height: number }, "lane">;

function StepBox({ data }: NodeProps<StepNode>) {
  return (
    <div className="h-full w-full border-2 border-nhs-blue bg-white px-2 py-1 text-left text-sm leading-tight shadow-sm">
      <Handle type="target" position={Position.Left} />
      <strong className="block">{data.name}</strong>
      <span className="block text-nhs-secondary">{data.performerRole}</span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

function LaneBand({ data }: NodeProps<LaneNode>) {
  return (
    <div className="h-full w-full border-b border-nhs-grey-3 bg-nhs-grey-5/60">
      <span className="block w-[190px] px-2 py-2 text-sm font-bold text-nhs-text">
        {data.label}
      </span>
    </div>
  );
}

const nodeTypes = { step: StepBox, lane: LaneBand };

const edgeStyle: Record<ReadinessStatus, { stroke: string; strokeDasharray?: string }> = {
  READY: { stroke: "#007f3b" },
  AT_RISK: { stroke: "#4c6272", strokeDasharray: "6 4" },
  BLOCKED: { stroke: "#d5281b", strokeDasharray: "2 3" },
};

/**
 * The pathway map: lanes of organisations with their steps and the flows between them. Leads can
 * drag a step to another place or lane and draw a flow from one step to another; each change
 * saves at once. The same changes are available without dragging in the tables and forms below.
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

  const laneNodes: LaneNode[] = layout.lanes.map((lane) => ({
    id: `lane:${lane.key}`,
    type: "lane",
    position: { x: 0, y: lane.y },
    data: { label: lane.label, width: layout.width, height: lane.height },
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
    data: { name: step.name, performerRole: step.performerRole },
    style: { width: step.width, height: step.height },
    ariaLabel: `Step ${step.name}, ${step.performerRole}, in ${
      layout.lanes.find((lane) => lane.key === step.laneKey)?.label ?? "no lane"
    }`,
  }));
  const edges: Edge[] = flows.map((flow) => ({
    id: flow.id,
    source: flow.fromStepId,
    target: flow.toStepId,
    label: flow.label,
    type: "smoothstep",
    style: { strokeWidth: 2, ...edgeStyle[flow.status] },
    markerEnd: { type: MarkerType.ArrowClosed, color: edgeStyle[flow.status].stroke },
    labelBgPadding: [4, 2],
    labelStyle: { fontSize: 12 },
    ariaLabel: `Flow: ${flow.label}`,
  }));

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

  return (
    <div>
      <div
        className="h-[480px] w-full border border-nhs-grey-4 bg-white"
        data-testid="pathway-canvas"
      >
        <ReactFlow
          nodes={[...laneNodes, ...stepNodes]}
          edges={edges}
          nodeTypes={nodeTypes}
          fitView
          minZoom={0.1}
          nodesDraggable={editable && !saving}
          nodesConnectable={editable}
          elementsSelectable={editable}
          edgesFocusable={false}
          onNodeDragStop={editable ? onNodeDragStop : undefined}
          onConnect={editable ? onConnect : undefined}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
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
