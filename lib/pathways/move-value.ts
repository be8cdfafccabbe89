// A move button's value in the steps table: which step, to which position, at which version, as
// one field, since one form holds every button (components/pathways/steps-editor-table.tsx).

export interface StepMove {
  stepId: string;
  position: number;
  version: number;
}

export const moveValue = ({ stepId, position, version }: StepMove) =>
  `${stepId}:${position}:${version}`;

/** The parts of a posted value, as text for the move's own schema to check. */
export function readMoveValue(value: string): {
  stepId: string;
  position: string;
  version: string;
} {
  const [stepId = "", position = "", version = ""] = value.split(":");
  return { stepId, position, version };
}
