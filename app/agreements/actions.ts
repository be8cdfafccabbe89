"use server";

import { headers } from "next/headers";

import { setCoveredFlows, setDataCategories } from "@/lib/agreements/covered-content";
import { createAgreement } from "@/lib/agreements/create-agreement";
import { addParty, removeParty, updateParty } from "@/lib/agreements/parties";
import { declineAgreement, signAgreement } from "@/lib/agreements/sign-agreement";
import {
  returnToDraft,
  sendForReview,
  sendForSignature,
  supersedeAgreement,
  terminateAgreement,
} from "@/lib/agreements/transitions";
import { updateAgreementDetails } from "@/lib/agreements/update-agreement";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

// The agreement forms' actions: each runs through runAction, calls lib/agreements with the
// person and the database, and goes back to the agreement with a saved notice.

const recordOf = (agreementId: string) => `/agreements/${agreementId}`;

/** Starts an agreement (blank, from a template, or a copy), then opens it. */
export async function startAgreement(input: unknown): Promise<ActionResult> {
  const result = await runAction("agreement.create", async (actor, context) =>
    createAgreement(await getPrisma(), actor, input, context),
  );
  return redirectAfterWrite(result, ({ id }) => `/agreements/${id}/edit`, "agreement");
}

export async function saveAgreementDetails(
  agreementId: string,
  lockVersion: number,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("agreement.update", async (actor, context) =>
    updateAgreementDetails(await getPrisma(), actor, agreementId, input, lockVersion, context),
  );
  return redirectAfterWrite(result, recordOf(agreementId), "agreement");
}

export async function saveParty(
  agreementId: string,
  partyId: string | null,
  lockVersion: number,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction(
    partyId ? "agreement.party_update" : "agreement.party_add",
    async (actor, context) => {
      const db = await getPrisma();
      if (partyId) await updateParty(db, actor, agreementId, partyId, input, lockVersion, context);
      else await addParty(db, actor, agreementId, input, lockVersion, context);
    },
  );
  return redirectAfterWrite(result, `/agreements/${agreementId}/parties`, "agreement");
}

export async function deleteParty(
  agreementId: string,
  partyId: string,
  lockVersion: number,
): Promise<ActionResult> {
  const result = await runAction("agreement.party_remove", async (actor, context) =>
    removeParty(await getPrisma(), actor, agreementId, partyId, lockVersion, context),
  );
  return redirectAfterWrite(result, `/agreements/${agreementId}/parties`, "agreement");
}

export async function saveDataCategories(
  agreementId: string,
  lockVersion: number,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("agreement.data_categories_set", async (actor, context) =>
    setDataCategories(await getPrisma(), actor, agreementId, input, lockVersion, context),
  );
  return redirectAfterWrite(result, recordOf(agreementId), "agreement");
}

export async function saveCoveredFlows(
  agreementId: string,
  lockVersion: number,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("agreement.flows_set", async (actor, context) =>
    setCoveredFlows(await getPrisma(), actor, agreementId, input, lockVersion, context),
  );
  return redirectAfterWrite(result, recordOf(agreementId), "agreement");
}

export type StatusChange =
  "send_for_review" | "send_for_signature" | "return_to_draft" | "terminate" | "supersede";

/** Moves the agreement along its lifecycle; reasons come with the last three. */
export async function changeAgreementStatus(
  agreementId: string,
  change: StatusChange,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction(`agreement.${change}`, async (actor, context) => {
    const db = await getPrisma();
    switch (change) {
      case "send_for_review":
        return sendForReview(db, actor, agreementId, context);
      case "send_for_signature":
        return sendForSignature(db, actor, agreementId, context);
      case "return_to_draft":
        return returnToDraft(db, actor, agreementId, input, context);
      case "terminate":
        return terminateAgreement(db, actor, agreementId, input, context);
      case "supersede":
        return supersedeAgreement(db, actor, agreementId, input, context);
      default:
        throw new AppError("BAD_REQUEST", "That change of status does not exist.");
    }
  });
  return redirectAfterWrite(result, recordOf(agreementId), "agreement-status");
}

const userAgent = async () => (await headers()).get("user-agent") ?? undefined;

export async function signAgreementAction(
  agreementId: string,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("agreement.sign", async (actor, context) =>
    signAgreement(await getPrisma(), actor, agreementId, input, context, {
      userAgent: await userAgent(),
    }),
  );
  return redirectAfterWrite(result, recordOf(agreementId), "agreement-signed");
}

export async function declineAgreementAction(
  agreementId: string,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("agreement.decline", async (actor, context) =>
    declineAgreement(await getPrisma(), actor, agreementId, input, context, {
      userAgent: await userAgent(),
    }),
  );
  return redirectAfterWrite(result, recordOf(agreementId), "agreement-declined");
}
