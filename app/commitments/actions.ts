"use server";

import { getCommitmentChoices } from "@/lib/commitments/choices";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { updateCommitment } from "@/lib/commitments/update-commitment";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** The owners and records an organisation's commitment may have, for a form. */
export async function loadCommitmentChoices(organisationId: string) {
  return runAction("commitment.choices", (actor) => getCommitmentChoices(actor, organisationId));
}

/** Records a commitment, then shows it with a confirmation. */
export async function addCommitment(organisationId: string, input: unknown): Promise<ActionResult> {
  const result = await runAction("commitment.create", (actor, context) =>
    createCommitment(actor, organisationId, input, context),
  );
  return redirectAfterWrite(result, ({ id }) => `/commitments/${id}`, "commitment");
}

/** Saves a commitment's changes, then shows it with a confirmation. */
export async function saveCommitment(
  commitmentId: string,
  version: number,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("commitment.update", (actor, context) =>
    updateCommitment(actor, commitmentId, version, input, context),
  );
  return redirectAfterWrite(result, `/commitments/${commitmentId}`, "commitment");
}
