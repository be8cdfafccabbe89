import { readdirSync } from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";
import { expectStaticHeaders, expectStrictPolicy } from "./support/security-headers";

/** Records the demo coalition has, found through the app itself. */
interface Known {
  larchwood: string;
  /** The demo member's account, for the person page. */
  nurse: string;
}

interface PageVisit {
  /** The page's file under app/. */
  route: string;
  path: (known: Known) => string;
  /** Who opens it (a demo account), or null for someone not signed in. */
  as: string | null;
  status?: number;
}

const LEAD = "lead@elmshire.example";

// Every page of the app, each opened by someone allowed to see it.
const PAGES: PageVisit[] = [
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
  { route: "account/page.tsx", path: () => "/account", as: LEAD },
  { route: "people/page.tsx", path: () => "/people", as: LEAD },
  { route: "people/[userId]/page.tsx", path: (known) => `/people/${known.nurse}`, as: LEAD },
  { route: "audit/page.tsx", path: () => "/audit", as: LEAD },
];

function pageFiles(folder: string, prefix = ""): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return pageFiles(path.join(folder, entry.name), relative);
    return entry.name === "page.tsx" ? [relative] : [];
  });
}

async function findKnown(page: Page): Promise<Known> {
  await page.goto(`/organisations?q=${encodeURIComponent("Larchwood Care Home")}`);
  const href = await page.getByRole("link", { name: "Larchwood Care Home" }).getAttribute("href");
  await page.goto("/people?q=nurse%40larchwood.example");
  const person = await page.getByRole("link", { name: "Jo Walsh" }).getAttribute("href");
  return { larchwood: href!.split("/").at(-1)!, nurse: person!.split("/").at(-1)! };
}

test("the list below names every page in app/", () => {
  expect(PAGES.map((visit) => visit.route).sort()).toEqual(pageFiles("app").sort());
});

test.describe("every page", () => {
  for (const visit of PAGES) {
    test(`app/${visit.route} has the security headers and passes axe`, async ({
      page,
      expectAccessible,
    }) => {
      await signInAs(page, LEAD, DEMO_PASSWORD);
      const known = await findKnown(page);
      if (visit.as === null) await page.context().clearCookies();
      else if (visit.as !== LEAD) {
        await page.context().clearCookies();
        await signInAs(page, visit.as, DEMO_PASSWORD);
      }
      const target = visit.path(known);

      // The page's own request context carries the session cookie.
      const response = await page.request.get(target);
      expect(response.status()).toBe(visit.status ?? 200);
      expect(response.url()).toContain(target.split("?")[0]);
      expectStaticHeaders(response);
      expectStrictPolicy(response);

      await page.goto(target);
      await expectAccessible();
    });
  }
});
