import {
  changeAgreementStatus,
  declineAgreementAction,
  deleteParty,
  saveAgreementDetails,
  saveCoveredFlows,
  saveDataCategories,
  saveParty,
  signAgreementAction,
  startAgreement,
} from "@/app/agreements/actions";
import { GET as exportAgreements } from "@/app/agreements/export.csv/route";
import { setDataCategories } from "@/lib/agreements/covered-content";
import { createAgreement } from "@/lib/agreements/create-agreement";
import { detailsFormValues } from "@/lib/agreements/details-data";
import { addParty } from "@/lib/agreements/parties";
import { signAgreement } from "@/lib/agreements/sign-agreement";
import { sendForSignature } from "@/lib/agreements/transitions";
import { updateAgreementDetails } from "@/lib/agreements/update-agreement";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";

import { partyInput } from "../../support/agreement-factories";
import { createUser } from "../../support/factories";
import { asActor } from "../../support/people-factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const PASSWORD = "matrix signing password";

/** A draft of organisation A alone, started by A's admin. */
async function draftOfA(world: World) {
  const prisma = await getPrisma();
  const { id } = await createAgreement(prisma, world.actors.adminOfA, {
    start: "blank",
    title: "Matrix agreement",
    type: "DATA_SHARING_AGREEMENT",
    organisationId: world.organisationA.id,
  });
  return { id, prisma };
}

const lockOf = async (id: string) =>
  (await (await getPrisma()).agreement.findUniqueOrThrow({ where: { id } })).lockVersion;

/**
 * A draft of A and B with all signing needs: A's admin signs for A (with a password), and an
 * information governance lead of B, not B's admin, signs for B.
 */
async function readyOfAandB(world: World) {
  const { id, prisma } = await draftOfA(world);
  await prisma.user.update({
    where: { id: world.actors.adminOfA.userId },
    data: { passwordHash: await hashPassword(PASSWORD) },
  });
  const igOfB = asActor(
    await createUser(prisma, {
      password: PASSWORD,
      memberships: [{ organisationId: world.organisationB.id, role: "IG_LEAD" }],
    }),
  );
  const stored = await prisma.agreement.findUniqueOrThrow({ where: { id } });
  await updateAgreementDetails(
    prisma,
    world.actors.adminOfA,
    id,
    {
      ...detailsFormValues(stored),
      purposes: "Care",
      startDate: "2027-01-01",
      reviewDate: "2028-01-01",
    },
    stored.lockVersion,
  );
  await prisma.agreementParty.updateMany({
    where: { agreementId: id },
    data: { signatoryId: world.actors.adminOfA.userId },
  });
  const { id: partyOfB } = await addParty(
    prisma,
    world.actors.adminOfA,
    id,
    partyInput(world.organisationB.id, igOfB.userId),
    await lockOf(id),
  );
  const category = await prisma.dataCategory.findFirstOrThrow({ select: { id: true } });
  await setDataCategories(
    prisma,
    world.actors.adminOfA,
    id,
    { dataCategoryIds: [category.id] },
    await lockOf(id),
  );
  return { id, prisma, igOfB, partyOfB };
}

/** Sent for signature: the version's hash, for the signing form. */
async function awaitingSignatures(world: World) {
  const ready = await readyOfAandB(world);
  await sendForSignature(ready.prisma, world.actors.adminOfA, ready.id);
  const version = await ready.prisma.agreementVersion.findFirstOrThrow({
    where: { agreementId: ready.id },
  });
  return { ...ready, versionHash: version.contentHash };
}

/** Signed by both parties: in force. */
async function active(world: World) {
  const awaiting = await awaitingSignatures(world);
  const sign = { versionHash: awaiting.versionHash, attest: true, password: PASSWORD };
  await signAgreement(awaiting.prisma, world.actors.adminOfA, awaiting.id, sign);
  await signAgreement(awaiting.prisma, awaiting.igOfB, awaiting.id, sign);
  return awaiting;
}

const detailsOf = async (id: string) =>
  detailsFormValues(await (await getPrisma()).agreement.findUniqueOrThrow({ where: { id } }));

const editors = expect6("sign-in", "denied", "allowed", "allowed", "allowed", "allowed");
const editorsOfA = expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed");

export const agreementRows = [
  row({
    handler: "app/agreements/actions.ts#startAgreement",
    attempt: "start an agreement drafted for organisation A",
    expected: editorsOfA,
    changes: true,
    run: (world) =>
      startAgreement({
        start: "blank",
        title: "New agreement",
        type: "DATA_SHARING_AGREEMENT",
        organisationId: world.organisationA.id,
      }),
  }),
  row({
    handler: "app/agreements/actions.ts#saveAgreementDetails",
    attempt: "change the details of a draft of A and B",
    expected: editors,
    changes: true,
    prepare: readyOfAandB,
    run: async (_world, { id }) =>
      saveAgreementDetails(id, await lockOf(id), { ...(await detailsOf(id)), title: "Changed" }),
  }),
  row({
    handler: "app/agreements/actions.ts#saveAgreementDetails",
    attempt: "change an unpublished draft of another organisation, by id",
    expected: editorsOfA,
    changes: true,
    auditsDenial: false,
    prepare: draftOfA,
    run: async (_world, { id }) =>
      saveAgreementDetails(id, await lockOf(id), { ...(await detailsOf(id)), title: "Changed" }),
  }),
  row({
    handler: "app/agreements/actions.ts#saveAgreementDetails",
    attempt: "change an agreement in force",
    expected: expect6("sign-in", "denied", "denied", "denied", "denied", "denied"),
    auditsDenial: false,
    prepare: active,
    run: async (_world, { id }) =>
      saveAgreementDetails(id, await lockOf(id), { ...(await detailsOf(id)), title: "Changed" }),
  }),
  row({
    handler: "app/agreements/actions.ts#saveParty",
    attempt: "add organisation B as a party to a draft of A",
    expected: editorsOfA,
    changes: true,
    auditsDenial: false,
    prepare: draftOfA,
    run: async (world, { id }) =>
      saveParty(id, null, await lockOf(id), partyInput(world.organisationB.id)),
  }),
  row({
    handler: "app/agreements/actions.ts#deleteParty",
    attempt: "remove organisation B from a draft of A and B",
    expected: editors,
    changes: true,
    prepare: readyOfAandB,
    run: async (_world, { id, partyOfB }) => deleteParty(id, partyOfB, await lockOf(id)),
  }),
  row({
    handler: "app/agreements/actions.ts#saveDataCategories",
    attempt: "change the kinds of data of a draft of A and B",
    expected: editors,
    changes: true,
    prepare: readyOfAandB,
    run: async (_world, { id }) =>
      saveDataCategories(id, await lockOf(id), { dataCategoryIds: [] }),
  }),
  row({
    handler: "app/agreements/actions.ts#saveCoveredFlows",
    attempt: "change the flows of a draft of A and B",
    expected: editors,
    changes: true,
    prepare: readyOfAandB,
    run: async (_world, { id }) => saveCoveredFlows(id, await lockOf(id), { flowIds: [] }),
  }),
  row({
    handler: "app/agreements/actions.ts#changeAgreementStatus",
    attempt: "send a draft of A and B for signature",
    expected: editors,
    changes: true,
    prepare: readyOfAandB,
    run: (_world, { id }) => changeAgreementStatus(id, "send_for_signature", {}),
  }),
  row({
    handler: "app/agreements/actions.ts#changeAgreementStatus",
    attempt: "terminate an agreement in force",
    expected: expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed"),
    changes: true,
    prepare: active,
    run: (_world, { id }) => changeAgreementStatus(id, "terminate", { reason: "Service closed" }),
  }),
  row({
    handler: "app/agreements/actions.ts#signAgreementAction",
    attempt: "sign for A (only A's named signatory; nobody for another organisation)",
    expected: expect6("sign-in", "denied", "allowed", "denied", "denied", "denied"),
    changes: true,
    prepare: awaitingSignatures,
    run: (_world, { id, versionHash }) =>
      signAgreementAction(id, { versionHash, attest: true, password: PASSWORD }),
  }),
  row({
    handler: "app/agreements/actions.ts#signAgreementAction",
    attempt: "sign a stale version",
    expected: expect6("sign-in", "denied", "denied", "denied", "denied", "denied"),
    auditsDenial: false,
    prepare: awaitingSignatures,
    run: (_world, { id }) =>
      signAgreementAction(id, { versionHash: "0".repeat(64), attest: true, password: PASSWORD }),
  }),
  row({
    handler: "app/agreements/actions.ts#declineAgreementAction",
    attempt: "decline for A",
    expected: expect6("sign-in", "denied", "allowed", "denied", "denied", "denied"),
    changes: true,
    prepare: awaitingSignatures,
    run: (_world, { id, versionHash }) =>
      declineAgreementAction(id, { versionHash, reason: "Not yet" }),
  }),
  row({
    handler: "app/agreements/export.csv/route.ts#GET",
    attempt: "export the register",
    expected: expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed"),
    run: () => exportAgreements(new Request("http://localhost/agreements/export.csv")),
  }),
];
