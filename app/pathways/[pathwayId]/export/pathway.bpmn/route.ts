import { pathwayExportHandler } from "@/lib/pathways/export/export-response";

// Read afresh on every request: an export is of the pathway as it stands.
export const dynamic = "force-dynamic";

/** The pathway as BPMN 2.0 XML, for BPMN modelling tools. */
export const GET = pathwayExportHandler("pathway.bpmn");
