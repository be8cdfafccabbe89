import { beforeEach, describe, expect, it } from "vitest";

import { getAgreementDocument } from "@/lib/agreements/document/get-agreement-document";
import { getPublicAgreement, listPublicAgreements } from "@/lib/agreements/public/public-register";
import { setAgreementPublished } from "@/lib/agreements/public/set-published";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { adminOf, memberOf } from "../support/actors";
import { insertAgreement } from "../support/agreement-factories";
import { createOrganisation, createUser } from "../support/factories";
import { categoryId, createLead } from "../support/pathway-factories";

let lead: Actor;
let hospital: { id: string };
let practice: { id: string };
let outsider: { id: string };
let agreement: { id: string; reference: string };

beforeEach(async () => {
  const prisma = await getPrisma();
  lead = await createLead(prisma);
  hospital = await createOrganisation(prisma, { type: "ACUTE_TRUST" });
  practice = await createOrganisation(prisma);
  outsider = await createOrganisation(prisma);
  const signer = await createUser(prisma, { name: "Dr Signer Private" });
  agreement = await insertAgreement(prisma, {
    parties: [
      {
        organisationId: hospital.id,
        contactEmail: "ig.private@hospital.example",
        signatoryId: signer.id,
      },
      { organisationId: practice.id },
    ],
    dataCategoryIds: [await categoryId(prisma, "Medications and medical devices")],
  });
  await prisma.agreementParty.updateMany({
    where: { agreementId: agreement.id },
    data: { article6Basis: "E_PUBLIC_TASK", article9Condition: "H_HEALTH_OR_SOCIAL_CARE" },
  });
});

const auditOf = async (entityId: string) =>
  (await getPrisma()).auditEvent.findMany({
    where: { entityId },
    select: { action: true, actorId: true },
  });

describe("publishing an agreement", () => {
  it("is off by default; a party's admin publishes it, audited, and the public page shows nothing private", async () => {
    expect(await getPublicAgreement(agreement.reference)).toBeNull();

    const admin = adminOf(hospital.id);
    await setAgreementPublished(admin, { agreementId: agreement.id, published: "true" });
    expect(await auditOf(agreement.id)).toEqual([
      { action: "agreement.published", actorId: admin.userId },
    ]);

    const shown = await getPublicAgreement(agreement.reference);
    expect(shown?.dataCategories).toEqual(["Medications and medical devices"]);
    expect(shown?.legalBases[0]).toMatchObject({
      article6Basis: "E_PUBLIC_TASK",
      article9Condition: "H_HEALTH_OR_SOCIAL_CARE",
    });
    const text = JSON.stringify(shown);
    expect(text).not.toContain("ig.private@hospital.example");
    expect(text).not.toContain("Dr Signer Private");
    expect((await listPublicAgreements(1)).items.map((a) => a.reference)).toContain(
      agreement.reference,
    );

    await setAgreementPublished(lead, { agreementId: agreement.id, published: "false" });
    expect(await getPublicAgreement(agreement.reference)).toBeNull();
  });

  it("never shows a published draft", async () => {
    const prisma = await getPrisma();
    const draft = await insertAgreement(prisma, {
      status: "DRAFT",
      published: true,
      parties: [{ organisationId: hospital.id }, { organisationId: practice.id }],
    });
    expect(await getPublicAgreement(draft.reference)).toBeNull();
  });

  it("refuses members, hides others' agreements, and changes nothing on bad input", async () => {
    await expect(
      setAgreementPublished(memberOf(hospital.id), {
        agreementId: agreement.id,
        published: "true",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      setAgreementPublished(adminOf(outsider.id), { agreementId: agreement.id, published: "true" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setAgreementPublished(lead, { agreementId: "not-an-id", published: "true" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setAgreementPublished(lead, { agreementId: agreement.id, published: "maybe" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getPublicAgreement(agreement.reference)).toBeNull();
    expect(await auditOf(agreement.id)).toEqual([]);
  });
});

describe("the printable document", () => {
  it("is for leads and the parties' people, with the signatures on the current version", async () => {
    const prisma = await getPrisma();
    // The frozen content is what the document shows, even when the working record differs.
    const working = await getAgreementDocument(lead, agreement.id);
    expect(working?.version).toBeNull();
    const frozenContent = {
      ...working?.content,
      details: { ...working?.content.details, title: "Frozen title" },
    };
    const version = await prisma.agreementVersion.create({
      data: {
        agreementId: agreement.id,
        number: 1,
        content: JSON.parse(JSON.stringify(frozenContent)) as object,
        contentHash: "abc",
      },
    });
    const party = await prisma.agreementParty.findFirstOrThrow({
      where: { agreementId: agreement.id, organisationId: hospital.id },
    });
    await prisma.agreementSignature.create({
      data: {
        agreementId: agreement.id,
        versionId: version.id,
        partyId: party.id,
        organisationId: hospital.id,
        signerName: "Dr Signer Private",
        signerRole: "Caldicott Guardian",
        decision: "SIGNED",
        attestation: "I sign.",
        contentHash: "abc",
      },
    });

    const document = await getAgreementDocument(memberOf(practice.id), agreement.id);
    expect(document?.content.details.title).toBe("Frozen title");
    expect(document?.version?.contentHash).toBe("abc");
    expect(document?.signatures.map((s) => [s.partyOrganisationId, s.signerName])).toEqual([
      [hospital.id, "Dr Signer Private"],
    ]);

    // Published or not, others never get the document with its contacts and signatures.
    await setAgreementPublished(lead, { agreementId: agreement.id, published: "true" });
    expect(await getAgreementDocument(memberOf(outsider.id), agreement.id)).toBeNull();
    expect(await getAgreementDocument(lead, "not-an-id")).toBeNull();
  });
});
