import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

// A NUL byte or half of an emoji in a search used to show the 500 page; now the search is dropped
// and the page shows everything, as if nothing had been typed.
const HOSTILE = ["%00", "%ED%A0%80", "a%1Bb"];
const PAGES = [
  { path: "/organisations?q=", heading: "Organisations" },
  { path: "/people?q=", heading: "People" },
  { path: "/maturity/rounds/new?q=", heading: /round/i },
  { path: "/audit?actor=", heading: "Audit trail" },
  { path: "/audit?entityId=", heading: "Audit trail" },
];

test("hostile text in a search shows the page, never a server error", async ({ page }) => {
  await signInAs(page, "admin@elmshire.example", DEMO_PASSWORD);
  for (const value of HOSTILE) {
    for (const { path, heading } of PAGES.filter((p) => !p.path.startsWith("/maturity"))) {
      const response = await page.goto(`${path}${value}`);
      expect(response?.status(), `${path}${value}`).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
    const exported = await page.request.get(`/organisations/export.csv?q=${value}`);
    expect(exported.status()).toBe(200);
  }
});

test("a programme lead's round search takes hostile text too", async ({ page }) => {
  await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
  for (const value of HOSTILE) {
    const { path, heading } = PAGES[2]!;
    const response = await page.goto(`${path}${value}`);
    expect(response?.status(), `${path}${value}`).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
});
