import { beforeEach, describe, expect, it } from "vitest";
import { type ZodError } from "zod";

import { agreementContentOf, contentHash } from "@/lib/agreements/canonical";
import { compareVersions } from "@/lib/agreements/compare-versions";
import { setCoveredFlows } from "@/lib/agreements/covered-content";
import { createAgreement } from "@/lib/agreements/create-agreement";
import { detailsFormValues } from "@/lib/agreements/details-data";
import { getAgreement, getAgreementVersions } from "@/lib/agreements/get-agreement";
import { exportAgreementsCsv, listAgreements } from "@/lib/agreements/list-agreements";
import { addParty, listSignatoryOptions, removeParty, updateParty } from "@/lib/agreements/parties";
import { agreementRegisterQuerySchema } from "@/lib/agreements/schemas";
import { declineAgreement, signAgreement } from "@/lib/agreements/sign-agreement";
import { returnToDraft, sendForSignature, terminateAgreement } from "@/lib/agreements/transitions";
import { updateAgreementDetails } from "@/lib/agreements/update-agreement";
import { getPrisma } from "@/lib/db/client";
import {
  DIRECT_CARE_TEMPLATE_NAME,
  seedAgreementTemplates,
} from "@/lib/db/seed/demo-agreement-templates";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { FILTER_CHOICES_MAX } from "@/lib/filters/choices";

import {
  type AgreementWorld,
  createAgreementWorld,
  createReadyAgreement,
  insertAgreement,
  partyInput,
  SIGNING_PASSWORD,
} from "../support/agreement-factories";
import { createPlace } from "../support/factories";

let prisma: DbClient;
let world: AgreementWorld;

beforeEach(async () => {
  prisma = await getPrisma();
  world = await createAgreementWorld(prisma);
});

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).not.toBeNull();
  return error as AppError | ZodError;
};
const codeOf = async (work: Promise<unknown>) => {
  const error = await refusal(work);
  return error instanceof AppError ? error.code : "VALIDATION";
};

const stored = (id: string) => prisma.agreement.findUniqueOrThrow({ where: { id } });
const liveHash = async (id: string) => {
  const agreement = await stored(id);
  const version = await prisma.agreementVersion.findFirstOrThrow({
    where: { agreementId: id, number: agreement.versionNumber, voidedAt: null },
  });
  return version.contentHash;
};
const sign = async (
  id: string,
  who: AgreementWorld["people"]["igA"],
  password = SIGNING_PASSWORD,
) =>
  signAgreement(
    prisma,
    who,
    id,
    { versionHash: await liveHash(id), attest: true, password },
    { ipAddress: "203.0.113.9" },
    { userAgent: "Test browser" },
  );

describe("starting an agreement", () => {
  it("gives a blank draft the next reference of the year, with the drafting organisation as a party", async () => {
    const first = await createAgreement(prisma, world.people.igA, {
      start: "blank",
      title: "Hospital discharge",
      type: "DATA_SHARING_AGREEMENT",
      organisationId: world.organisations.a.id,
    });
    const second = await createAgreement(prisma, world.people.igA, {
      start: "blank",
      title: "Another",
      type: "ONE_OFF_DISCLOSURE",
      organisationId: world.organisations.a.id,
    });
    expect(first.reference).toMatch(/^DSA-\d{4}-\d{4}$/);
    expect(Number(second.reference.slice(-4))).toBe(Number(first.reference.slice(-4)) + 1);
    const agreement = await prisma.agreement.findUniqueOrThrow({
      where: { id: first.id },
      include: { parties: true },
    });
    expect(agreement.status).toBe("DRAFT");
    expect(agreement.parties.map((party) => party.organisationId)).toEqual([
      world.organisations.a.id,
    ]);
    expect(
      await prisma.auditEvent.count({ where: { action: "agreement.created", entityId: first.id } }),
    ).toBe(1);
  });

  it("starts from a template with its legal bases and data categories", async () => {
    const template = await prisma.agreementTemplate.create({
      data: {
        name: `Direct care ${world.category.id}`,
        content: {
          details: {
            type: "INFORMATION_SHARING_PROTOCOL",
            purposes: "Direct care",
            confidentialityBasis: "IMPLIED_CONSENT_DIRECT_CARE",
          },
          partyDefaults: {
            article6Basis: "E_PUBLIC_TASK",
            article9Condition: "H_HEALTH_OR_SOCIAL_CARE",
            schedule1Condition: "Part 1, paragraph 2",
          },
          dataCategoryNames: [world.category.name],
        },
      },
    });
    const { id } = await createAgreement(prisma, world.people.igA, {
      start: "template",
      title: "From the template",
      templateId: template.id,
      organisationId: world.organisations.a.id,
    });
    const agreement = await prisma.agreement.findUniqueOrThrow({
      where: { id },
      include: { parties: true, dataCategories: true },
    });
    expect(agreement).toMatchObject({
      type: "INFORMATION_SHARING_PROTOCOL",
      purposes: "Direct care",
      confidentialityBasis: "IMPLIED_CONSENT_DIRECT_CARE",
    });
    expect(agreement.parties[0]).toMatchObject({
      article6Basis: "E_PUBLIC_TASK",
      article9Condition: "H_HEALTH_OR_SOCIAL_CARE",
    });
    expect(agreement.dataCategories.map((row) => row.dataCategoryId)).toEqual([world.category.id]);
  });

  it("starts from the seeded direct care template: Article 6(1)(e), 9(2)(h), implied consent", async () => {
    await seedAgreementTemplates(prisma);
    const template = await prisma.agreementTemplate.findUniqueOrThrow({
      where: { name: DIRECT_CARE_TEMPLATE_NAME },
    });
    const { id } = await createAgreement(prisma, world.people.igA, {
      start: "template",
      title: "Direct care",
      templateId: template.id,
      organisationId: world.organisations.a.id,
    });
    const agreement = await prisma.agreement.findUniqueOrThrow({
      where: { id },
      include: { parties: true, dataCategories: true },
    });
    expect(agreement.confidentialityBasis).toBe("IMPLIED_CONSENT_DIRECT_CARE");
    expect(agreement.parties[0]).toMatchObject({
      article6Basis: "E_PUBLIC_TASK",
      article9Condition: "H_HEALTH_OR_SOCIAL_CARE",
    });
    expect(agreement.dataCategories).toHaveLength(4);
  });

  it("copies an agreement with its parties and data, but none of its signatures", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    await sendForSignature(prisma, world.people.igA, id);
    await sign(id, world.people.igA);
    const copy = await createAgreement(prisma, world.people.igB, {
      start: "copy",
      title: "Copied",
      sourceId: id,
    });
    const agreement = await prisma.agreement.findUniqueOrThrow({
      where: { id: copy.id },
      include: { parties: true, dataCategories: true, signatures: true },
    });
    expect(agreement.status).toBe("DRAFT");
    expect(agreement.parties).toHaveLength(2);
    expect(agreement.dataCategories).toHaveLength(1);
    expect(agreement.signatures).toHaveLength(0);
    expect(agreement.purposes).toBe("Safe discharge home");
  });

  it("refuses members, organisations one does not act for, and unknown organisations", async () => {
    const blank = (organisationId: string) => ({
      start: "blank",
      title: "Refused",
      type: "DATA_SHARING_AGREEMENT",
      organisationId,
    });
    const before = await prisma.agreement.count();
    expect(
      await codeOf(createAgreement(prisma, world.people.memberA, blank(world.organisations.a.id))),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(createAgreement(prisma, world.people.igA, blank(world.organisations.b.id))),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(createAgreement(prisma, world.people.lead, blank(crypto.randomUUID()))),
    ).toBe("VALIDATION");
    expect(await codeOf(createAgreement(prisma, world.people.lead, blank("not-an-id")))).toBe(
      "VALIDATION",
    );
    expect(await prisma.agreement.count()).toBe(before);
  });
});

describe("editing an agreement", () => {
  it("refuses a stale edit with a conflict and keeps the other person's change", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    const opened = await stored(id);
    await updateAgreementDetails(
      prisma,
      world.people.igB,
      id,
      { ...detailsFormValues(opened), title: "Changed by B" },
      opened.lockVersion,
    );
    const error = await refusal(
      updateAgreementDetails(
        prisma,
        world.people.igA,
        id,
        { ...detailsFormValues(opened), title: "Changed by A" },
        opened.lockVersion,
      ),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect((await stored(id)).title).toBe("Changed by B");
  });

  it("refuses dates out of order, oversized text and a taken reference, changing nothing", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    const other = await createAgreement(prisma, world.people.igA, {
      start: "blank",
      title: "Other",
      type: "DATA_SHARING_AGREEMENT",
      organisationId: world.organisations.a.id,
    });
    const opened = await stored(id);
    const values = detailsFormValues(opened);
    for (const change of [
      { startDate: "2027-06-01", endDate: "2027-01-01" },
      { reviewDate: "2030-01-01" },
      { purposes: "x".repeat(20_001) },
      { reference: other.reference },
      { title: "bad\u0000title" },
    ]) {
      expect(
        await codeOf(
          updateAgreementDetails(
            prisma,
            world.people.igA,
            id,
            { ...values, ...change },
            opened.lockVersion,
          ),
        ),
      ).toBe("VALIDATION");
    }
    expect(await stored(id)).toEqual(opened);
  });

  it("lets only editors change a draft, and nobody change an agreement in force", async () => {
    const { id, lockVersion } = await createReadyAgreement(prisma, world);
    const values = detailsFormValues(await stored(id));
    for (const who of [world.people.memberA, world.people.outsider]) {
      expect(
        await codeOf(updateAgreementDetails(prisma, who, id, values, await lockVersion())),
      ).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    await sendForSignature(prisma, world.people.igA, id);
    await sign(id, world.people.igA);
    await sign(id, world.people.igB);
    expect((await stored(id)).status).toBe("ACTIVE");
    expect(
      await codeOf(
        updateAgreementDetails(prisma, world.people.lead, id, values, await lockVersion()),
      ),
    ).toBe("CONFLICT");
  });
});

describe("parties", () => {
  it("takes an organisation once, and only a signatory with a signing role there", async () => {
    const { id, lockVersion } = await createReadyAgreement(prisma, world);
    expect(
      await codeOf(
        addParty(
          prisma,
          world.people.igA,
          id,
          partyInput(world.organisations.b.id),
          await lockVersion(),
        ),
      ),
    ).toBe("VALIDATION");
    expect(
      await codeOf(
        addParty(
          prisma,
          world.people.igA,
          id,
          partyInput(world.organisations.c.id, world.people.igA.userId),
          await lockVersion(),
        ),
      ),
    ).toBe("VALIDATION");
    expect(
      await codeOf(
        addParty(
          prisma,
          world.people.igA,
          id,
          partyInput(crypto.randomUUID()),
          await lockVersion(),
        ),
      ),
    ).toBe("VALIDATION");
    const { id: partyId } = await addParty(
      prisma,
      world.people.igA,
      id,
      partyInput(world.organisations.c.id, world.people.outsider.userId),
      await lockVersion(),
    );
    const options = await listSignatoryOptions(
      prisma,
      world.people.igA,
      id,
      world.organisations.c.id,
    );
    expect(options.map((person) => person.id)).toEqual([world.people.outsider.userId]);
    await updateParty(
      prisma,
      world.people.igA,
      id,
      partyId,
      { ...partyInput(world.organisations.c.id, ""), controllerRole: "PROCESSOR" },
      await lockVersion(),
    );
    expect(await prisma.agreementParty.findUniqueOrThrow({ where: { id: partyId } })).toMatchObject(
      {
        controllerRole: "PROCESSOR",
        signatoryId: null,
      },
    );
    await removeParty(prisma, world.people.igA, id, partyId, await lockVersion());
    expect(await prisma.agreementParty.count({ where: { agreementId: id } })).toBe(2);
  });

  it("keeps the signatory options to those who may edit the agreement", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    expect(
      await codeOf(
        listSignatoryOptions(prisma, world.people.memberA, id, world.organisations.a.id),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        listSignatoryOptions(prisma, world.people.outsider, id, world.organisations.a.id),
      ),
    ).toBe("NOT_FOUND");
  });

  it("refuses flows that do not exist", async () => {
    const { id, lockVersion } = await createReadyAgreement(prisma, world);
    expect(
      await codeOf(
        setCoveredFlows(
          prisma,
          world.people.igA,
          id,
          { flowIds: [crypto.randomUUID()] },
          await lockVersion(),
        ),
      ),
    ).toBe("VALIDATION");
  });
});

describe("sending and signing", () => {
  it("refuses to send an agreement that lacks what signing needs", async () => {
    const { id } = await createAgreement(prisma, world.people.igA, {
      start: "blank",
      title: "Incomplete",
      type: "DATA_SHARING_AGREEMENT",
      organisationId: world.organisations.a.id,
    });
    const error = await refusal(sendForSignature(prisma, world.people.igA, id));
    expect((error as AppError).message).toContain("at least two parties");
    expect((await stored(id)).status).toBe("DRAFT");
  });

  it("freezes the content with its hash, and activates when every party has signed", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    await sendForSignature(prisma, world.people.igA, id);
    const version = await prisma.agreementVersion.findFirstOrThrow({ where: { agreementId: id } });
    const [agreement, parties, categories] = await Promise.all([
      stored(id),
      prisma.agreementParty.findMany({ where: { agreementId: id } }),
      prisma.agreementDataCategory.findMany({ where: { agreementId: id } }),
    ]);
    expect(version.contentHash).toBe(
      contentHash(
        agreementContentOf(
          agreement,
          parties,
          categories.map((c) => c.dataCategoryId),
          [],
        ),
      ),
    );
    expect(agreement.status).toBe("AWAITING_SIGNATURES");

    expect(await codeOf(sign(id, world.people.igA, "wrong password"))).toBe("VALIDATION");
    expect(await prisma.agreementSignature.count({ where: { agreementId: id } })).toBe(0);

    expect(await sign(id, world.people.igA)).toEqual({ activated: false });
    expect((await stored(id)).status).toBe("AWAITING_SIGNATURES");
    expect(await codeOf(sign(id, world.people.igA))).toBe("CONFLICT");
    expect(await sign(id, world.people.igB)).toEqual({ activated: true });
    expect((await stored(id)).status).toBe("ACTIVE");

    const signatures = await prisma.agreementSignature.findMany({ where: { agreementId: id } });
    expect(signatures).toHaveLength(2);
    expect(signatures[0]).toMatchObject({
      decision: "SIGNED",
      contentHash: version.contentHash,
      ipAddress: "203.0.113.9",
      userAgent: "Test browser",
      signerRole: "Information governance lead",
    });
    expect(signatures[0]?.attestation).toContain(agreement.reference);
    expect(signatures[0]?.attestation).toContain("version 1");
  });

  it("lets nobody but the named signatory sign, and refuses a stale version", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    await sendForSignature(prisma, world.people.igA, id);
    const hash = await liveHash(id);
    for (const who of [world.people.lead, world.people.memberA]) {
      expect(
        await codeOf(
          signAgreement(prisma, who, id, {
            versionHash: hash,
            attest: true,
            password: SIGNING_PASSWORD,
          }),
        ),
      ).toBe("FORBIDDEN");
    }
    expect(
      await codeOf(
        signAgreement(prisma, world.people.outsider, id, {
          versionHash: hash,
          attest: true,
          password: SIGNING_PASSWORD,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        signAgreement(prisma, world.people.igA, id, {
          versionHash: "0".repeat(64),
          attest: true,
          password: SIGNING_PASSWORD,
        }),
      ),
    ).toBe("CONFLICT");
    expect(
      await codeOf(
        signAgreement(prisma, world.people.igA, id, {
          versionHash: hash,
          attest: false,
          password: SIGNING_PASSWORD,
        }),
      ),
    ).toBe("VALIDATION");
    expect(await prisma.agreementSignature.count({ where: { agreementId: id } })).toBe(0);
  });

  it("voids the version and its signatures on a change after the first signature", async () => {
    const { id, lockVersion } = await createReadyAgreement(prisma, world);
    await sendForSignature(prisma, world.people.igA, id);
    const firstHash = await liveHash(id);
    await sign(id, world.people.igA);
    await updateAgreementDetails(
      prisma,
      world.people.igB,
      id,
      { ...detailsFormValues(await stored(id)), purposes: "Safe discharge home, and readmission" },
      await lockVersion(),
    );
    const agreement = await stored(id);
    expect(agreement).toMatchObject({ status: "DRAFT", versionNumber: 2 });
    expect(agreement.statusReason).toContain("Changed after sending for signature");
    const signature = await prisma.agreementSignature.findFirstOrThrow({
      where: { agreementId: id },
    });
    expect(signature.voidedAt).not.toBeNull();
    expect(
      await codeOf(
        signAgreement(prisma, world.people.igB, id, {
          versionHash: firstHash,
          attest: true,
          password: SIGNING_PASSWORD,
        }),
      ),
    ).toBe("FORBIDDEN");

    await sendForSignature(prisma, world.people.igA, id);
    await sign(id, world.people.igA);
    await sign(id, world.people.igB);
    expect((await stored(id)).status).toBe("ACTIVE");

    const { versions } = await getAgreementVersions(prisma, world.people.memberA, id);
    expect(versions.map((version) => [version.number, version.voidedAt === null])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(versions[1]?.changeSummary).toBe("Changed: purposes");
    const changes = compareVersions(versions[0]!.content, versions[1]!.content);
    expect(changes).toEqual([
      {
        kind: "detail",
        field: "purposes",
        before: "Safe discharge home",
        after: "Safe discharge home, and readmission",
      },
    ]);
  });

  it("takes a refusal with a reason back to draft for a new version", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    await sendForSignature(prisma, world.people.igA, id);
    const hash = await liveHash(id);
    expect(
      await codeOf(
        declineAgreement(prisma, world.people.igB, id, { versionHash: hash, reason: " " }),
      ),
    ).toBe("VALIDATION");
    await declineAgreement(prisma, world.people.igB, id, {
      versionHash: hash,
      reason: "Retention too long",
    });
    const agreement = await stored(id);
    expect(agreement).toMatchObject({ status: "DRAFT", versionNumber: 2 });
    expect(agreement.statusReason).toContain("Retention too long");
    const declined = await prisma.agreementSignature.findFirstOrThrow({
      where: { agreementId: id },
    });
    expect(declined).toMatchObject({ decision: "DECLINED", reason: "Retention too long" });
  });

  it("returns to draft only with a reason, and lets only leads terminate", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    await sendForSignature(prisma, world.people.igA, id);
    expect(await codeOf(returnToDraft(prisma, world.people.igA, id, { reason: "" }))).toBe(
      "VALIDATION",
    );
    await returnToDraft(prisma, world.people.igA, id, { reason: "Add the hospice" });
    expect(await stored(id)).toMatchObject({ status: "DRAFT", statusReason: "Add the hospice" });
    await sendForSignature(prisma, world.people.igA, id);
    await sign(id, world.people.igA);
    await sign(id, world.people.igB);
    expect(
      await codeOf(terminateAgreement(prisma, world.people.igA, id, { reason: "Ended" })),
    ).toBe("FORBIDDEN");
    await terminateAgreement(prisma, world.people.lead, id, { reason: "Service decommissioned" });
    expect((await stored(id)).status).toBe("TERMINATED");
  });
});

describe("reading agreements", () => {
  it("shows party members the agreement, and others nothing unless it is published", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    const view = await getAgreement(prisma, world.people.memberA, id);
    expect(view.canReadPrivate).toBe(true);
    expect(view.canEdit).toBe(false);
    expect(await codeOf(getAgreement(prisma, world.people.outsider, id))).toBe("NOT_FOUND");
    await prisma.agreement.update({ where: { id }, data: { published: true } });
    const published = await getAgreement(prisma, world.people.outsider, id);
    expect(published.canReadPrivate).toBe(false);
    expect(published.signatures).toEqual([]);
    expect(published.log).toEqual([]);
  });

  it("searches and filters the register, and exports it with formulas made safe", async () => {
    const { id } = await createReadyAgreement(prisma, world);
    await prisma.agreement.update({ where: { id }, data: { title: "=HYPERLINK(1)" } });
    const query = agreementRegisterQuerySchema.parse({ party: world.organisations.b.id });
    const page = await listAgreements(prisma, world.people.memberA, query);
    expect(page.rows.map((row) => row.id)).toEqual([id]);
    expect((await listAgreements(prisma, world.people.outsider, query)).rows).toEqual([]);
    const csv = await exportAgreementsCsv(prisma, world.people.memberA, query);
    expect(csv).toContain("'=HYPERLINK(1)");
    const bySearch = await listAgreements(
      prisma,
      world.people.lead,
      agreementRegisterQuerySchema.parse({ q: world.organisations.b.name }),
    );
    expect(bySearch.rows.map((row) => row.id)).toContain(id);
  });

  it("offers the parties to filter by as a list while they are few, and none beyond", async () => {
    await createReadyAgreement(prisma, world);
    const everything = agreementRegisterQuerySchema.parse({});
    const few = await listAgreements(prisma, world.people.lead, everything);
    expect(few.partyOptions?.map((party) => party.id)).toContain(world.organisations.b.id);

    const place = await createPlace(prisma);
    const names = Array.from({ length: FILTER_CHOICES_MAX }, (_, index) => `Party ${index}`);
    await prisma.organisation.createMany({
      data: names.map((name) => ({ name, type: "CARE_HOME", odsCode: null, placeId: place.id })),
    });
    const many = await prisma.organisation.findMany({
      where: { name: { in: names } },
      select: { id: true },
    });
    await insertAgreement(prisma, {
      parties: many.map((organisation) => ({ organisationId: organisation.id })),
    });
    const tooMany = await listAgreements(prisma, world.people.lead, everything);
    expect(tooMany.partyOptions).toBeNull();
    // Choosing a party through a link still filters, and the search finds parties by name.
    const chosen = await listAgreements(
      prisma,
      world.people.lead,
      agreementRegisterQuerySchema.parse({ party: world.organisations.b.id }),
    );
    expect(chosen.rows.length).toBeGreaterThan(0);
    expect(chosen.chosenParty).toBe(world.organisations.b.name);
    expect(few.chosenParty).toBeNull();
    expect(
      (
        await listAgreements(
          prisma,
          world.people.lead,
          agreementRegisterQuerySchema.parse({ q: "Party 199" }),
        )
      ).total,
    ).toBe(1);
  });
});
