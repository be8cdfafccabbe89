import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { randomUUID } from "node:crypto";
import type { z } from "zod";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import {
  MAX_PATHWAY_FILE_BYTES,
  PATHWAY_FILE_FORMAT,
  PATHWAY_FILE_VERSION,
  type PathwayFile,
  pathwayFileSchema,
} from "./export/pathway-json";
import { flowData } from "./flows";
import { requireEditor } from "./guards";
import {
  type FlowDetails,
  flowSchema,
  type PathwayDetails,
  pathwayDetailsSchema,
  type StepDetails,
  stepSchema,
} from "./schemas";

// Importing a pathway file (export/pathway-json.ts) as a new draft pathway. Every step and flow
// passes the same rules as the forms; organisations are found by ODS code, else by name, and
// data categories by name. Anything wrong is listed in full and nothing is created.

/** The most problems listed; the rest are counted. */
const MAX_LISTED = 30;

/** A file the import refuses, with every problem listed against the file field. */
function fileProblems(message: string, problems: string[] = [message]): AppError {
  const listed = problems.slice(0, MAX_LISTED);
  if (problems.length > MAX_LISTED) {
    listed.push(`And ${problems.length - MAX_LISTED} more problems.`);
  }
  return new AppError("VALIDATION", message, { file: listed });
}

const cannotRead = (reason: string) => fileProblems(`The file cannot be imported: ${reason}`);

/** Imports an uploaded pathway file. Programme leads only. */
export async function importPathwayFile(
  actor: Actor,
  file: Blob | null,
  context: AuditContext = {},
): Promise<{ id: string }> {
  requireEditor(actor);
  if (!file || file.size === 0) throw fileProblems("Select a pathway file (JSON)");
  if (file.size > MAX_PATHWAY_FILE_BYTES) throw cannotRead("it is larger than 1 MB.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw cannotRead("it is not text saved as UTF-8.");
  }
  return importPathwayJson(actor, text, context);
}

/** Imports a pathway file's text. Programme leads only. */
export async function importPathwayJson(
  actor: Actor,
  text: string,
  context: AuditContext = {},
): Promise<{ id: string }> {
  requireEditor(actor);
  const file = readPathwayFile(text);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const plan = await planImport(tx, file);
    const { id } = await tx.pathway.create({
      data: { ...plan.details, ownerId: actor.userId, revision: 1 },
      select: { id: true },
    });
    await tx.pathwayChange.create({
      data: { pathwayId: id, revision: 1, actorId: actor.userId, summary: "Imported from a file" },
    });
    await tx.pathwayStep.createMany({
      data: plan.steps.map(({ id: stepId, details: { lane, ...step } }, index) => ({
        ...step,
        ...lane,
        id: stepId,
        pathwayId: id,
        position: index + 1,
      })),
    });
    const flows = plan.flows.map((flow) => ({ id: randomUUID(), flow }));
    // Flows are listed in the order they were added: a millisecond apart, they keep the file's.
    const start = Date.now();
    await tx.informationFlow.createMany({
      data: flows.map(({ id: flowId, flow }, index) => ({
        ...flowData(flow),
        id: flowId,
        pathwayId: id,
        createdAt: new Date(start + index),
      })),
    });
    await tx.flowDataCategory.createMany({
      data: flows.flatMap(({ id: flowId, flow }) =>
        flow.dataCategoryIds.map((dataCategoryId) => ({ flowId, dataCategoryId })),
      ),
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.imported",
      entityType: "Pathway",
      entityId: id,
      after: { ...plan.details, steps: plan.steps.length, flows: plan.flows.length },
    });
    return { id };
  });
}

/** Parses the text as a pathway file of a format and version the platform reads. */
export function readPathwayFile(text: string): PathwayFile {
  if (Buffer.byteLength(text, "utf8") > MAX_PATHWAY_FILE_BYTES) {
    throw cannotRead("it is larger than 1 MB.");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw cannotRead("it is not valid JSON. Choose a file exported from a pathway.");
  }
  const head = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  if (head.format !== PATHWAY_FILE_FORMAT) {
    throw cannotRead(
      `it is not a pathway file: its "format" must be "${PATHWAY_FILE_FORMAT}". Choose a file exported from a pathway.`,
    );
  }
  if (head.version !== PATHWAY_FILE_VERSION) {
    throw cannotRead(
      `it is version ${JSON.stringify(head.version ?? null)} of the pathway file format, and this platform reads version ${PATHWAY_FILE_VERSION}.`,
    );
  }
  const parsed = pathwayFileSchema.safeParse(json);
  if (!parsed.success) {
    throw fileProblems(
      "The file cannot be imported: check the problems listed.",
      parsed.error.issues.map(describeFileIssue),
    );
  }
  return parsed.data;
}

function describeFileIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "custom" || issue.code === "too_big") return issue.message;
  const path = issue.path
    .map((part) => (typeof part === "number" ? `[${part + 1}]` : `.${String(part)}`))
    .join("")
    .replace(/^\./, "");
  return `${path || "The file"}: ${issue.message}`;
}

interface ImportPlan {
  details: PathwayDetails;
  steps: { id: string; details: StepDetails }[];
  flows: FlowDetails[];
}

const knownValue = (value: boolean | null | undefined) =>
  value === true ? "yes" : value === false ? "no" : "unknown";

const quoted = (value: string) => `"${value}"`;
/** A record's name in brackets, when it has one. */
const named = (name: string) => (name.trim() ? ` (${quoted(name.trim())})` : "");

/** Checks everything against the forms' rules and the coalition's records, listing every problem. */
async function planImport(tx: DbTransaction, file: PathwayFile): Promise<ImportPlan> {
  const problems: string[] = [];
  const report = (where: string, issues: z.core.$ZodIssue[] = []) => {
    for (const issue of issues) problems.push(`${where}: ${issue.message}`);
  };

  const details = pathwayDetailsSchema.safeParse(file.pathway);
  report("The pathway", details.error?.issues);

  const lanes = await matchLanes(tx, file, problems);
  const stepIds = new Map<string, string>();
  const steps: ImportPlan["steps"] = [];
  file.steps.forEach((step, index) => {
    const lane = lanes.get(step.lane);
    const parsed = stepSchema.safeParse({ ...step, lane: lane ?? "type:" });
    const where = `Step ${index + 1}${named(step.name)}`;
    // A lane that matched nothing is reported once, against the lane.
    report(where, lane ? parsed.error?.issues : except(parsed.error, "lane"));
    const id = randomUUID();
    stepIds.set(step.key, id);
    if (parsed.success) steps.push({ id, details: parsed.data });
  });

  const categories = await matchCategories(tx, file, problems);
  const flows: FlowDetails[] = [];
  const stepNames = new Map(file.steps.map((step) => [step.key, step.name.trim()]));
  const stepName = (key: string) => quoted(stepNames.get(key) || key);
  file.flows.forEach((flow, index) => {
    const parsed = flowSchema.safeParse({
      ...flow,
      fromStepId: stepIds.get(flow.from),
      toStepId: stepIds.get(flow.to),
      dataCategoryIds: flow.dataCategories.flatMap((name) => {
        const id = categories.get(name.trim().toLowerCase());
        return id ? [id] : [];
      }),
      senderHoldsDigitally: knownValue(flow.senderHoldsDigitally),
      receiverCanTakeIn: knownValue(flow.receiverCanTakeIn),
    });
    const where = `Flow ${index + 1} (from ${stepName(flow.from)} to ${stepName(flow.to)})`;
    // Unknown categories are listed once, by name, rather than against each flow.
    const known = flow.dataCategories.every((name) => categories.has(name.trim().toLowerCase()));
    report(where, known ? parsed.error?.issues : except(parsed.error, "dataCategoryIds"));
    if (parsed.success) flows.push(parsed.data);
  });

  if (problems.length > 0 || !details.success) {
    throw fileProblems("The file cannot be imported: check the problems listed.", problems);
  }
  return { details: details.data, steps, flows };
}

/** The error's issues but those about one field. */
const except = (error: z.ZodError | undefined, field: string) =>
  (error?.issues ?? []).filter((issue) => issue.path[0] !== field);

/**
 * Each lane's form value: "org:<id>" for an organisation in the coalition, found by ODS code or
 * else by its exact name in any case; "type:<TYPE>" for any organisation of a type.
 */
async function matchLanes(
  tx: DbTransaction,
  file: PathwayFile,
  problems: string[],
): Promise<Map<string, string>> {
  const named = file.lanes.flatMap((lane) => (lane.organisation ? [lane.organisation] : []));
  const codes = [
    ...new Set(named.flatMap((organisation) => organisation.odsCode?.trim().toUpperCase() || [])),
  ];
  const names = [...new Set(named.map((organisation) => organisation.name.trim()))];
  const candidates =
    named.length === 0
      ? []
      : await tx.organisation.findMany({
          where: {
            archivedAt: null,
            OR: [
              ...(codes.length > 0 ? [{ odsCode: { in: codes } }] : []),
              ...names.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })),
            ],
          },
          select: { id: true, name: true, odsCode: true },
        });
  const byCode = new Map(
    candidates.flatMap((organisation) =>
      organisation.odsCode ? [[organisation.odsCode.toUpperCase(), organisation.id]] : [],
    ),
  );

  const lanes = new Map<string, string>();
  for (const lane of file.lanes) {
    if (!lane.organisation) {
      lanes.set(lane.key, `type:${lane.organisationType}`);
      continue;
    }
    const { name, odsCode } = lane.organisation;
    const code = odsCode?.trim().toUpperCase();
    const byCodeId = code ? byCode.get(code) : undefined;
    if (byCodeId) {
      lanes.set(lane.key, `org:${byCodeId}`);
      continue;
    }
    const sameName = candidates.filter(
      (organisation) => organisation.name.toLowerCase() === name.trim().toLowerCase(),
    );
    const described = code ? `${quoted(name)} (ODS code ${code})` : quoted(name);
    if (sameName.length === 1) {
      lanes.set(lane.key, `org:${sameName[0]?.id}`);
    } else if (sameName.length > 1) {
      problems.push(
        `Organisation ${described}: more than one organisation in the coalition has this name. Give its ODS code in the file.`,
      );
    } else {
      problems.push(
        `Organisation ${described}: no organisation in the coalition has this ${code ? "ODS code or name" : "name"}. Add it to the directory first, or change the file.`,
      );
    }
  }
  return lanes;
}

/** The coalition's data categories by lower-case name; names the vocabulary lacks are problems. */
async function matchCategories(
  tx: DbTransaction,
  file: PathwayFile,
  problems: string[],
): Promise<Map<string, string>> {
  const all = await tx.dataCategory.findMany({ select: { id: true, name: true } });
  const byName = new Map(all.map((category) => [category.name.toLowerCase(), category.id]));
  const unknown = [
    ...new Set(
      file.flows
        .flatMap((flow) => flow.dataCategories.map((name) => name.trim()))
        .filter((name) => !byName.has(name.toLowerCase())),
    ),
  ];
  if (unknown.length > 0) {
    problems.push(
      `These kinds of data are not in the coalition's list: ${unknown.map(quoted).join(", ")}. A programme lead adds them to the list first, or change the file.`,
    );
  }
  return byName;
}
