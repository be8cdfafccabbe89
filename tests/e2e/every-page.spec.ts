import { readdirSync } from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test, useSavedSignIn } from "./fixtures";
import { draftFromTemplate, LARCHWOOD_IG, sendForSignature } from "./support/agreements";
import { addCareHome, openRoundFor } from "./support/maturity";
import {
  expectChartsDrawn,
  expectFitsPhone,
  expectNoProblems,
  watchPage,
} from "./support/page-health";
import { expectStaticHeaders, expectStrictPolicy } from "./support/security-headers";

/** Records the demo coalition has, found through the app itself. */
interface Known {
  larchwood: string;
  /** A GP practice, which has systems in use as well as key contacts. */
  moorside: string;
  moorsideSystem: string;
  moorsideContact: string;
  /** The demo member's account, for the person page. */
  nurse: string;
  /** A published demo pathway, one of its steps and one of its flows. */
  pathway: string;
  pathwayStep: string;
  pathwayFlow: string;
  /** A pending invitation to Larchwood, sent for this spec. */
  invitation: string;
  /** An email in the outbox (that invitation's). */
  outboxMessage: string;
  /** One of Larchwood's data needs. */
  larchwoodNeed: string;
  /** A demo maturity framework, one of its dimensions and one of its questions. */
  framework: string;
  frameworkDimension: string;
  frameworkQuestion: string;
  /** A round opened for this spec (for a throwaway care home), its assessment and a section. */
  maturityRound: string;
  maturityAssessment: string;
  maturityDimension: string;
  /** The latest demo maturity round, with results. */
  resultsRound: string;
  /** One of Larchwood's demo data sharing agreements. */
  demoAgreement: string;
  /** An agreement of the hospital and Larchwood drafted for this spec, awaiting signatures. */
  agreement: string;
  agreementParty: string;
  /** A demo forum topic, its opening post and a forum category. */
  forumTopic: string;
  forumPost: string;
  forumCategory: string;
  /** The newest demo lesson learned. */
  demoLesson: string;
  /** A demo interaction and a demo commitment. */
  interaction: string;
  commitment: string;
}

interface PageVisit {
  /** The page's file under app/. */
  route: string;
  path: (known: Known) => string;
  /** Who opens it (a demo account), or null for someone not signed in. */
  as: string | null;
  status?: number;
  /** How many charts the page draws, if any. */
  charts?: number;
}

const LEAD = "lead@elmshire.example";
const PLATFORM_ADMIN = "admin@elmshire.example";
/** A link token that names nothing: the page still explains itself. */
const UNKNOWN_TOKEN = "n".repeat(43);

// Every page of the app, each opened by someone allowed to see it.
const PAGES: PageVisit[] = [
  { route: "agreements/page.tsx", path: () => "/agreements", as: LEAD },
  { route: "agreements/new/page.tsx", path: () => "/agreements/new", as: LEAD },
  {
    route: "agreements/[agreementId]/page.tsx",
    path: (known) => `/agreements/${known.agreement}`,
    as: "nurse@larchwood.example",
  },
  ...["edit", "parties", "data", "status", "versions"].map((page): PageVisit => ({
    route: `agreements/[agreementId]/${page}/page.tsx`,
    path: (known) => `/agreements/${known.agreement}/${page}`,
    as: LEAD,
  })),
  {
    route: "agreements/[agreementId]/parties/[partyId]/page.tsx",
    path: (known) => `/agreements/${known.agreement}/parties/${known.agreementParty}`,
    as: LEAD,
  },
  ...["sign", "decline"].map((page): PageVisit => ({
    route: `agreements/[agreementId]/${page}/page.tsx`,
    path: (known) => `/agreements/${known.agreement}/${page}`,
    as: LARCHWOOD_IG,
  })),
  { route: "page.tsx", path: () => "/", as: null },
  { route: "about/page.tsx", path: () => "/about", as: null },
  { route: "sign-in/page.tsx", path: () => "/sign-in", as: null },
  {
    route: "diagnostics/page.tsx",
    path: () => "/diagnostics?show=forbidden",
    as: null,
    status: 403,
  },
  { route: "organisations/page.tsx", path: () => "/organisations", as: LEAD },
  {
    route: "organisations/[organisationId]/page.tsx",
    path: (known) => `/organisations/${known.larchwood}`,
    as: LEAD,
  },
  {
    route: "organisations/[organisationId]/edit/page.tsx",
    path: (known) => `/organisations/${known.larchwood}/edit`,
    as: LEAD,
  },
  { route: "organisations/new/page.tsx", path: () => "/organisations/new", as: LEAD },
  { route: "organisations/places/page.tsx", path: () => "/organisations/places", as: LEAD },
  { route: "organisations/import/page.tsx", path: () => "/organisations/import", as: LEAD },
  ...(["systems", "contacts"] as const).flatMap((records): PageVisit[] => {
    const id = (known: Known) =>
      records === "systems" ? known.moorsideSystem : known.moorsideContact;
    const base = (known: Known) => `/organisations/${known.moorside}/${records}`;
    return [
      {
        route: `organisations/[organisationId]/${records}/new/page.tsx`,
        path: (known) => `${base(known)}/new`,
        as: LEAD,
      },
      ...["edit", "remove"].map((step) => ({
        route: `organisations/[organisationId]/${records}/[${records === "systems" ? "systemId" : "contactId"}]/${step}/page.tsx`,
        path: (known: Known) => `${base(known)}/${id(known)}/${step}`,
        as: LEAD,
      })),
    ];
  }),
  {
    route: "organisations/[organisationId]/data-needs/page.tsx",
    path: (known) => `/organisations/${known.larchwood}/data-needs`,
    as: LEAD,
  },
  {
    route: "organisations/[organisationId]/data-needs/new/page.tsx",
    path: (known) => `/organisations/${known.larchwood}/data-needs/new`,
    as: LEAD,
  },
  ...["edit", "remove"].map((step) => ({
    route: `organisations/[organisationId]/data-needs/[needId]/${step}/page.tsx`,
    path: (known: Known) =>
      `/organisations/${known.larchwood}/data-needs/${known.larchwoodNeed}/${step}`,
    as: LEAD,
  })),
  { route: "data-needs/page.tsx", path: () => "/data-needs", as: LEAD },
  // The engagement bars and the four trend charts over the demo's twelve months.
  { route: "dashboard/page.tsx", path: () => "/dashboard", as: LEAD, charts: 5 },
  { route: "dashboard/report/page.tsx", path: () => "/dashboard/report", as: LEAD },
  { route: "data-needs/list/page.tsx", path: () => "/data-needs/list?type=CARE_HOME", as: LEAD },
  { route: "account/page.tsx", path: () => "/account", as: LEAD },
  { route: "people/page.tsx", path: () => "/people", as: LEAD },
  { route: "people/[userId]/page.tsx", path: (known) => `/people/${known.nurse}`, as: LEAD },
  { route: "audit/page.tsx", path: () => "/audit", as: LEAD },
  { route: "pathways/page.tsx", path: () => "/pathways", as: LEAD },
  { route: "pathways/new/page.tsx", path: () => "/pathways/new", as: LEAD },
  { route: "data-categories/page.tsx", path: () => "/data-categories", as: LEAD },
  {
    route: "pathways/[pathwayId]/page.tsx",
    path: (known) => `/pathways/${known.pathway}`,
    as: "nurse@larchwood.example",
  },
  ...["edit", "details", "publish", "archive", "history", "steps/new", "flows/new"].map(
    (page): PageVisit => ({
      route: `pathways/[pathwayId]/${page}/page.tsx`,
      path: (known) => `/pathways/${known.pathway}/${page}`,
      as: LEAD,
    }),
  ),
  ...["edit", "remove"].flatMap((page): PageVisit[] => [
    {
      route: `pathways/[pathwayId]/steps/[stepId]/${page}/page.tsx`,
      path: (known) => `/pathways/${known.pathway}/steps/${known.pathwayStep}/${page}`,
      as: LEAD,
    },
    {
      route: `pathways/[pathwayId]/flows/[flowId]/${page}/page.tsx`,
      path: (known) => `/pathways/${known.pathway}/flows/${known.pathwayFlow}/${page}`,
      as: LEAD,
    },
  ]),
  {
    route: "organisations/[organisationId]/invite/page.tsx",
    path: (known) => `/organisations/${known.larchwood}/invite`,
    as: LEAD,
  },
  {
    route: "organisations/[organisationId]/invitations/[invitationId]/revoke/page.tsx",
    path: (known) => `/organisations/${known.larchwood}/invitations/${known.invitation}/revoke`,
    as: LEAD,
  },
  { route: "invitations/[token]/page.tsx", path: () => `/invitations/${UNKNOWN_TOKEN}`, as: null },
  { route: "forgot-password/page.tsx", path: () => "/forgot-password", as: null },
  {
    route: "reset-password/[token]/page.tsx",
    path: () => `/reset-password/${UNKNOWN_TOKEN}`,
    as: null,
  },
  { route: "admin/outbox/page.tsx", path: () => "/admin/outbox", as: PLATFORM_ADMIN },
  { route: "admin/jobs/page.tsx", path: () => "/admin/jobs", as: PLATFORM_ADMIN },
  { route: "notifications/page.tsx", path: () => "/notifications", as: LEAD },
  { route: "forums/review/page.tsx", path: () => "/forums/review", as: LEAD },
  { route: "forums/moderators/page.tsx", path: () => "/forums/moderators", as: LEAD },
  {
    route: "forums/search/page.tsx",
    path: () => "/forums/search?q=discharge+summary",
    as: "nurse@larchwood.example",
  },
  {
    route: "admin/outbox/[messageId]/page.tsx",
    path: (known) => `/admin/outbox/${known.outboxMessage}`,
    as: PLATFORM_ADMIN,
  },
  { route: "pathways/import/page.tsx", path: () => "/pathways/import", as: LEAD },
  {
    route: "pathways/[pathwayId]/print/page.tsx",
    path: (known) => `/pathways/${known.pathway}/print`,
    as: LEAD,
  },
  // Digital maturity frameworks.
  { route: "maturity/frameworks/page.tsx", path: () => "/maturity/frameworks", as: LEAD },
  { route: "maturity/frameworks/new/page.tsx", path: () => "/maturity/frameworks/new", as: LEAD },
  {
    route: "maturity/frameworks/[frameworkId]/page.tsx",
    path: (known) => `/maturity/frameworks/${known.framework}`,
    as: LEAD,
  },
  ...["edit", "archive", "dimensions/new", "questions/new"].map((page): PageVisit => ({
    route: `maturity/frameworks/[frameworkId]/${page}/page.tsx`,
    path: (known) => `/maturity/frameworks/${known.framework}/${page}`,
    as: LEAD,
  })),
  ...["edit", "remove"].flatMap((page): PageVisit[] => [
    {
      route: `maturity/frameworks/[frameworkId]/dimensions/[dimensionId]/${page}/page.tsx`,
      path: (known) =>
        `/maturity/frameworks/${known.framework}/dimensions/${known.frameworkDimension}/${page}`,
      as: LEAD,
    },
    {
      route: `maturity/frameworks/[frameworkId]/questions/[questionId]/${page}/page.tsx`,
      path: (known) =>
        `/maturity/frameworks/${known.framework}/questions/${known.frameworkQuestion}/${page}`,
      as: LEAD,
    },
  ]),
  { route: "maturity/page.tsx", path: () => "/maturity", as: LEAD },
  { route: "maturity/rounds/new/page.tsx", path: () => "/maturity/rounds/new", as: LEAD },
  {
    route: "maturity/rounds/[roundId]/page.tsx",
    path: (known) => `/maturity/rounds/${known.maturityRound}`,
    as: LEAD,
  },
  {
    route: "maturity/rounds/[roundId]/edit/page.tsx",
    path: (known) => `/maturity/rounds/${known.maturityRound}/edit`,
    as: LEAD,
  },
  {
    route: "maturity/assessments/[assessmentId]/page.tsx",
    path: (known) => `/maturity/assessments/${known.maturityAssessment}`,
    as: LEAD,
  },
  {
    route: "maturity/assessments/[assessmentId]/dimensions/[dimensionId]/page.tsx",
    path: (known) =>
      `/maturity/assessments/${known.maturityAssessment}/dimensions/${known.maturityDimension}`,
    as: LEAD,
  },
  {
    route: "organisations/[organisationId]/maturity/page.tsx",
    path: (known) => `/organisations/${known.larchwood}/maturity`,
    as: "manager@larchwood.example",
    // The radar against peers and the trend over the demo's two rounds.
    charts: 2,
  },
  {
    route: "maturity/rounds/[roundId]/results/page.tsx",
    path: (known) => `/maturity/rounds/${known.resultsRound}/results`,
    as: LEAD,
  },
  {
    route: "maturity/rounds/[roundId]/results/print/page.tsx",
    path: (known) => `/maturity/rounds/${known.resultsRound}/results/print`,
    as: LEAD,
  },
  {
    route: "pathways/[pathwayId]/agreements/page.tsx",
    path: (known) => `/pathways/${known.pathway}/agreements`,
    as: LEAD,
  },
  { route: "agreements/coverage/page.tsx", path: () => "/agreements/coverage", as: LEAD },
  ...["document", "publication"].map((page): PageVisit => ({
    route: `agreements/[agreementId]/${page}/page.tsx`,
    path: (known) => `/agreements/${known.demoAgreement}/${page}`,
    as: LEAD,
  })),
  {
    route: "lessons/page.tsx",
    path: () => "/lessons?q=shared+care+record",
    as: "nurse@larchwood.example",
  },
  { route: "lessons/new/page.tsx", path: () => "/lessons/new", as: "manager@larchwood.example" },
  {
    route: "lessons/[lessonId]/page.tsx",
    path: (known) => `/lessons/${known.demoLesson}`,
    as: "nurse@larchwood.example",
  },
  {
    route: "lessons/[lessonId]/edit/page.tsx",
    path: (known) => `/lessons/${known.demoLesson}/edit`,
    as: LEAD,
  },
  {
    route: "peers/page.tsx",
    path: () => "/peers?product=Tendly+Care",
    as: "manager@larchwood.example",
  },
  // Engagement, interactions, commitments and the charter.
  {
    route: "organisations/[organisationId]/engagement/page.tsx",
    path: (known) => `/organisations/${known.larchwood}/engagement`,
    as: LEAD,
  },
  { route: "interactions/page.tsx", path: () => "/interactions", as: LEAD },
  { route: "interactions/new/page.tsx", path: () => "/interactions/new", as: LEAD },
  {
    route: "interactions/[interactionId]/page.tsx",
    path: (known) => `/interactions/${known.interaction}`,
    as: LEAD,
  },
  {
    route: "interactions/[interactionId]/edit/page.tsx",
    path: (known) => `/interactions/${known.interaction}/edit`,
    as: LEAD,
  },
  { route: "commitments/page.tsx", path: () => "/commitments", as: LEAD },
  {
    route: "commitments/new/page.tsx",
    path: (known) => `/commitments/new?organisation=${known.larchwood}`,
    as: LEAD,
  },
  {
    route: "commitments/[commitmentId]/page.tsx",
    path: (known) => `/commitments/${known.commitment}`,
    as: LEAD,
  },
  {
    route: "commitments/[commitmentId]/edit/page.tsx",
    path: (known) => `/commitments/${known.commitment}/edit`,
    as: LEAD,
  },
  { route: "charter/page.tsx", path: () => "/charter", as: "manager@larchwood.example" },
  { route: "charter/edit/page.tsx", path: () => "/charter/edit", as: LEAD },
  { route: "charter/versions/[number]/page.tsx", path: () => "/charter/versions/1", as: LEAD },
  { route: "public/agreements/page.tsx", path: () => "/public/agreements", as: null },
  { route: "forums/page.tsx", path: () => "/forums", as: "nurse@larchwood.example" },
  {
    route: "forums/c/[slug]/page.tsx",
    path: () => "/forums/c/shared-care-record",
    as: "nurse@larchwood.example",
  },
  {
    route: "forums/new/page.tsx",
    path: () => "/forums/new?category=shared-care-record",
    as: "nurse@larchwood.example",
  },
  {
    route: "forums/t/[topicId]/page.tsx",
    path: (known) => `/forums/t/${known.forumTopic}`,
    as: LEAD,
  },
  {
    route: "forums/posts/[postId]/edit/page.tsx",
    path: (known) => `/forums/posts/${known.forumPost}/edit`,
    as: LEAD,
  },
  {
    route: "forums/posts/[postId]/revisions/page.tsx",
    path: (known) => `/forums/posts/${known.forumPost}/revisions`,
    as: "nurse@larchwood.example",
  },
  {
    route: "forums/messages/page.tsx",
    path: () => "/forums/messages",
    as: "nurse@larchwood.example",
  },
  {
    route: "forums/messages/new/page.tsx",
    path: (known) => `/forums/messages/new?to=${known.nurse}`,
    as: "manager@larchwood.example",
  },
  { route: "forums/categories/page.tsx", path: () => "/forums/categories", as: LEAD },
  { route: "forums/categories/new/page.tsx", path: () => "/forums/categories/new", as: LEAD },
  {
    route: "forums/categories/[categoryId]/page.tsx",
    path: (known) => `/forums/categories/${known.forumCategory}`,
    as: LEAD,
  },
  {
    route: "public/agreements/[reference]/page.tsx",
    // The demo's first agreement is active and published.
    path: () => "/public/agreements/DSA-2026-0001",
    as: null,
  },
];

function pageFiles(folder: string, prefix = ""): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return pageFiles(path.join(folder, entry.name), relative);
    return entry.name === "page.tsx" ? [relative] : [];
  });
}

async function profileId(page: Page, name: string): Promise<string> {
  await page.goto(`/organisations?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return page.url().split("/").at(-1)!;
}

/** Invites a throwaway person to Larchwood, for the revoke page; returns the invitation's id. */
async function sendInvitation(page: Page, larchwood: string): Promise<string> {
  await page.goto(`/organisations/${larchwood}/invite`);
  await page.getByLabel("Email address").fill(`every-page-${Date.now()}@example.org`);
  await page.getByLabel("Full name").fill("Every Page Invitee");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const revoke = page.getByRole("link", { name: "Revoke the invitation of Every Page Invitee" });
  const href = await revoke.first().getAttribute("href");
  return href!.split("/").at(-2)!;
}

/** Opens a round for a throwaway care home; answers with the round, assessment and a section. */
async function openMaturityRound(page: Page) {
  const suffix = Date.now().toString(36);
  const organisation = `Every Page Lodge ${suffix}`;
  await addCareHome(page, organisation);
  const round = `Every page ${suffix}`;
  const maturityRound = await openRoundFor(page, { organisation, round });
  await page.getByRole("link", { name: organisation }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${round}: ${organisation}`);
  const maturityAssessment = page.url().split("/").at(-1)!;
  const section = await page.locator('a[href*="/dimensions/"]').first().getAttribute("href");
  return { maturityRound, maturityAssessment, maturityDimension: section!.split("/").at(-1)! };
}

async function findKnown(
  page: Page,
): Promise<
  Omit<
    Known,
    | "invitation"
    | "outboxMessage"
    | "maturityRound"
    | "maturityAssessment"
    | "maturityDimension"
    | "agreement"
    | "agreementParty"
  >
> {
  const larchwood = await profileId(page, "Larchwood Care Home");
  const agreement = await page
    .getByTestId("organisation-agreement")
    .locator('a[href^="/agreements/"]')
    .first()
    .getAttribute("href");
  const moorside = await profileId(page, "Moorside Surgery");
  const idIn = async (records: string) => {
    const href = await page
      .locator(`a[href*="/${records}/"][href$="/edit"]`)
      .first()
      .getAttribute("href");
    return href!.split("/").at(-2)!;
  };
  const known = {
    larchwood,
    moorside,
    moorsideSystem: await idIn("systems"),
    moorsideContact: await idIn("contacts"),
  };
  await page.goto("/people?q=nurse%40larchwood.example");
  const person = await page
    .getByRole("main")
    .getByRole("link", { name: "Jo Walsh" })
    .getAttribute("href");
  await page.goto(`/organisations/${larchwood}/data-needs`);
  const need = await page
    .locator('a[href*="/data-needs/"][href$="/edit"]')
    .first()
    .getAttribute("href");
  await page.goto("/pathways");
  const discharge = "Hospital discharge home with a care package";
  await page.getByRole("link", { name: discharge }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(discharge);
  const pathway = page.url().split("/").at(-1)!;
  await page.goto(`/organisations/${larchwood}/maturity`);
  const roundResults = await page
    .locator('a[href^="/maturity/rounds/"][href$="/results"]')
    .first()
    .getAttribute("href");
  await page.goto(`/pathways/${pathway}/edit`);
  const hrefOf = (kind: string) =>
    page.locator(`a[href*="/${kind}/"][href$="/edit"]`).first().getAttribute("href");
  const pathwayStep = (await hrefOf("steps"))!.split("/").at(-2)!;
  const pathwayFlow = (await hrefOf("flows"))!.split("/").at(-2)!;
  await page.goto("/interactions");
  const interaction = await page
    .getByTestId("interaction-row")
    .locator('a[href^="/interactions/"]')
    .first()
    .getAttribute("href");
  await page.goto("/commitments");
  const commitment = await page
    .getByTestId("commitment-row")
    .locator('a[href^="/commitments/"]')
    .first()
    .getAttribute("href");
  await page.goto("/maturity/frameworks");
  await page.getByRole("link", { name: "What Good Looks Like" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What Good Looks Like");
  const framework = page.url().split("/").at(-1)!;
  const frameworkDimension = (await hrefOf("dimensions"))!.split("/").at(-2)!;
  const frameworkQuestion = (await hrefOf("questions"))!.split("/").at(-2)!;
  await page.goto("/forums/c/shared-care-record");
  const topic = await page.locator('main a[href^="/forums/t/"]').first().getAttribute("href");
  await page.goto(topic!);
  const post = await page
    .locator('a[href^="/forums/posts/"][href$="/edit"]')
    .first()
    .getAttribute("href");
  await page.goto("/forums/categories");
  const category = await page
    .locator('main a[href^="/forums/categories/"]:not([href$="/new"])')
    .first()
    .getAttribute("href");
  await page.goto("/lessons");
  const lesson = await page
    .getByRole("main")
    .locator('a[href^="/lessons/"]:not([href="/lessons/new"])')
    .first()
    .getAttribute("href");
  return {
    ...known,
    demoAgreement: agreement!.split("/").at(-1)!,
    nurse: person!.split("/").at(-1)!,
    interaction: interaction!.split("/").at(-1)!,
    commitment: commitment!.split("/").at(-1)!,
    larchwoodNeed: need!.split("/").at(-2)!,
    resultsRound: roundResults!.split("/").at(-2)!,
    pathway,
    pathwayStep,
    pathwayFlow,
    framework,
    frameworkDimension,
    frameworkQuestion,
    forumTopic: topic!.split("/").at(-1)!,
    forumPost: post!.split("/").at(-2)!,
    forumCategory: category!.split("/").at(-1)!,
    demoLesson: lesson!.split("/").at(-1)!,
  };
}

test("the list below names every page in app/", () => {
  expect(PAGES.map((visit) => visit.route).sort()).toEqual(pageFiles("app").sort());
});

test.describe("every page", () => {
  let known: Known;
  test.beforeAll(async ({ browser }) => {
    // Finding the records, sending an invitation and opening a round take a dozen page loads.
    test.setTimeout(180_000);
    const page = await browser.newPage();
    await signInAs(page, LEAD, DEMO_PASSWORD);
    const found = await findKnown(page);
    const invitation = await sendInvitation(page, found.larchwood);
    const maturity = await openMaturityRound(page);
    await page.close();

    const ig = await browser.newPage();
    const agreement = await draftFromTemplate(ig, `Every page ${Date.now().toString(36)}`);
    const partyHref = await ig
      .getByRole("link", { name: "Larchwood Care Home" })
      .first()
      .getAttribute("href");
    await sendForSignature(ig, agreement);
    await ig.close();

    const admin = await browser.newPage();
    await signInAs(admin, PLATFORM_ADMIN, DEMO_PASSWORD);
    await admin.goto("/admin/outbox");
    const message = await admin
      .getByRole("table")
      .getByRole("link", { name: /You are invited to join Larchwood Care Home/ })
      .first()
      .getAttribute("href");
    await admin.close();
    known = {
      ...found,
      ...maturity,
      invitation,
      outboxMessage: message!.split("/").at(-1)!,
      agreement,
      agreementParty: partyHref!.split("/").at(-1)!,
    };
  });

  for (const visit of PAGES) {
    test(`app/${visit.route} has the security headers, passes axe, logs no error and fits a phone`, async ({
      page,
      expectAccessible,
    }) => {
      if (visit.as) await useSavedSignIn(page, visit.as);
      const watch = await watchPage(page, visit.status);
      const target = visit.path(known);

      // The page itself, not a redirect to the sign-in page or elsewhere.
      const response = await page.goto(target);
      expect(response?.status()).toBe(visit.status ?? 200);
      expect(response?.url()).toContain(target.split("?")[0]);
      const headers = await response!.headersArray();
      expectStaticHeaders({ headersArray: () => headers });
      expectStrictPolicy({ headersArray: () => headers });

      await expectChartsDrawn(page, visit.charts);
      await expectAccessible();
      await expectFitsPhone(page);
      await expectNoProblems(watch);
    });
  }
});
