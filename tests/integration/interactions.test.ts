import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { getInteraction } from "@/lib/interactions/get-interaction";
import {
  listInteractions,
  listOrganisationInteractions,
} from "@/lib/interactions/list-interactions";
import { interactionsQuerySchema } from "@/lib/interactions/schemas";
import { logInteraction, updateInteraction } from "@/lib/interactions/write-interaction";

import { adminOf, memberOf } from "../support/actors";
import { createOrganisation, createUser } from "../support/factories";
import { asActor } from "../support/people-factories";

let hospital: { id: string };
let practice: { id: string };
let bystander: { id: string };
let lead: Actor;
let hospitalAdmin: Actor;
let practiceMember: { id: string };

beforeAll(async () => {
  const prisma = await getPrisma();
  hospital = await createOrganisation(prisma, { type: "ACUTE_TRUST" });
  practice = await createOrganisation(prisma);
  bystander = await createOrganisation(prisma);
  lead = asActor(await createUser(prisma, { role: "PROGRAMME_LEAD" }));
  hospitalAdmin = asActor(
    await createUser(prisma, { memberships: [{ organisationId: hospital.id, role: "ORG_ADMIN" }] }),
  );
  practiceMember = await createUser(prisma, {
    memberships: [{ organisationId: practice.id, role: "MEMBER" }],
  });
});

const meeting = (overrides: Record<string, unknown> = {}) => ({
  kind: "MEETING",
  occurredOn: "2026-11-20",
  direction: "OUTBOUND",
  organisationIds: [hospital.id, practice.id],
  personIds: [practiceMember.id],
  summary: "Walked through the discharge pathway",
  sentiment: "POSITIVE",
  followUp: "Send the draft agreement",
  commitments: [],
  ...overrides,
});

describe("the interactions log", () => {
  it("a lead logs a meeting with two organisations and a follow-up commitment, in one go", async () => {
    const { id } = await logInteraction(
      lead,
      meeting({
        commitments: [
          {
            organisationId: practice.id,
            title: "Sign the discharge agreement",
            ownerId: practiceMember.id,
            dueOn: "2027-03-01",
            link: "",
          },
        ],
      }),
      { requestId: "req-interaction-1" },
    );
    const seen = await getInteraction(lead, id);
    expect(seen?.organisations.map((o) => o.id).sort()).toEqual([hospital.id, practice.id].sort());
    expect(seen?.people.map((p) => p.id)).toEqual([practiceMember.id]);
    expect(seen?.commitments).toMatchObject([
      { title: "Sign the discharge agreement", status: "OPEN" },
    ]);
    const actions = (
      await (await getPrisma()).auditEvent.findMany({ where: { requestId: "req-interaction-1" } })
    ).map((event) => event.action);
    expect(actions.sort()).toEqual(["commitment.created", "interaction.logged"]);
  });

  it("counts each listed interaction's commitments", async () => {
    const prisma = await getPrisma();
    const organisation = (await createOrganisation(prisma)).id;
    const owner = await createUser(prisma, {
      memberships: [{ organisationId: organisation, role: "MEMBER" }],
    });
    const promise = (title: string) => ({
      organisationId: organisation,
      title,
      ownerId: owner.id,
      dueOn: "2027-03-01",
      link: "",
    });
    const two = await logInteraction(
      lead,
      meeting({
        organisationIds: [organisation],
        personIds: [owner.id],
        occurredOn: "2026-11-21",
        commitments: [promise("Name a champion"), promise("Book the workshop")],
      }),
      { requestId: "req-interaction-counts" },
    );
    const none = await logInteraction(
      lead,
      meeting({ organisationIds: [organisation], personIds: [], occurredOn: "2026-11-22" }),
      { requestId: "req-interaction-counts" },
    );
    const counts = (rows: { id: string; commitmentCount: number }[]) =>
      Object.fromEntries(rows.map((row) => [row.id, row.commitmentCount]));
    const expected = { [two.id]: 2, [none.id]: 0 };
    expect(counts(await listOrganisationInteractions(lead, organisation))).toEqual(expected);
    const log = await listInteractions(lead, interactionsQuerySchema.parse({ organisation }));
    expect(counts(log.rows)).toEqual(expected);
  });

  it("shows an interaction to leads and members of the organisations involved, never to others, by id too", async () => {
    const { id } = await logInteraction(lead, meeting());
    expect(await getInteraction(memberOf(practice.id), id)).not.toBeNull();
    expect(await getInteraction(memberOf(bystander.id), id)).toBeNull();
    expect(await getInteraction(adminOf(bystander.id), id)).toBeNull();
    const theirs = await listInteractions(
      memberOf(bystander.id),
      interactionsQuerySchema.parse({ organisation: practice.id }),
    );
    expect(theirs.total).toBe(0);
    expect(await listOrganisationInteractions(memberOf(bystander.id), practice.id)).toEqual([]);
    const ours = await listInteractions(
      memberOf(practice.id),
      interactionsQuerySchema.parse({
        organisation: practice.id,
        kind: "MEETING",
        from: "2026-11-20",
        to: "2026-11-20",
      }),
    );
    expect(ours.rows.map((row) => row.id)).toContain(id);
  });

  it("lets an organisation's admin log and change interactions their organisation took part in only", async () => {
    const { id } = await logInteraction(
      hospitalAdmin,
      meeting({ organisationIds: [hospital.id], personIds: [hospitalAdmin.userId] }),
    );
    await expect(
      logInteraction(hospitalAdmin, meeting({ organisationIds: [practice.id] })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(logInteraction(memberOf(hospital.id), meeting())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Follow-ups for another organisation are the programme's or that organisation's to record.
    await expect(
      logInteraction(
        hospitalAdmin,
        meeting({
          commitments: [
            {
              organisationId: practice.id,
              title: "Sign",
              ownerId: "",
              dueOn: "2027-01-01",
              link: "",
            },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await updateInteraction(
      hospitalAdmin,
      id,
      1,
      meeting({ summary: "Changed", organisationIds: [hospital.id], personIds: [] }),
    );
    expect((await getInteraction(lead, id))?.summary).toBe("Changed");
    await expect(updateInteraction(adminOf(bystander.id), id, 2, meeting())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(updateInteraction(lead, id, 1, meeting())).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses bad input and people the actor may not name, writing nothing", async () => {
    const prisma = await getPrisma();
    const before = await prisma.interaction.count();
    const stranger = await createUser(prisma, {
      memberships: [{ organisationId: bystander.id, role: "MEMBER" }],
    });
    await expect(
      logInteraction(
        hospitalAdmin,
        meeting({ organisationIds: [hospital.id], personIds: [stranger.id] }),
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { personIds: [expect.any(String)] },
    });
    await expect(logInteraction(lead, meeting({ organisationIds: [] }))).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(
      logInteraction(lead, meeting({ summary: "", occurredOn: "yesterday", sentiment: "ELATED" })),
    ).rejects.toMatchObject({ name: "ZodError" });
    await expect(
      logInteraction(
        lead,
        meeting({
          commitments: [
            {
              organisationId: bystander.id,
              title: "Sign",
              ownerId: "",
              dueOn: "2027-01-01",
              link: "",
            },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await prisma.interaction.count()).toBe(before);
  });
});
