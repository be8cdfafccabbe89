import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";
import { demoPathwayFile } from "./support/pathway-file";

// What people hit in their first week: each journey here once went wrong in the browser.
const LEAD = "lead@elmshire.example";
const MOORSIDE_ADMIN = "practice.manager@moorside.example";
const PATHWAY_URL = /\/pathways\/([0-9a-f-]{36})$/;

test("every page has an icon: /favicon.ico is there", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\//);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test("a lead's just-published pathway prints as its published version, and an organisation admin is offered none of a draft's steps", async ({
  browser,
}) => {
  test.slow();
  const lead = await browser.newPage();
  await signInAs(lead, LEAD, DEMO_PASSWORD);
  const { name, buffer } = demoPathwayFile();
  await lead.goto("/pathways/import");
  await lead.getByLabel("Pathway file (JSON)").setInputFiles({
    name: "pathway.json",
    mimeType: "application/json",
    buffer,
  });
  await lead.getByRole("button", { name: "Import pathway" }).click();
  await lead.waitForURL(PATHWAY_URL);
  const pathwayId = PATHWAY_URL.exec(new URL(lead.url()).pathname)![1]!;

  // A draft: the print view says so, and an organisation admin cannot choose its steps.
  await lead.goto(`/pathways/${pathwayId}/print`);
  await expect(lead.getByText(/^Draft, as it stood on /)).toBeVisible();
  const admin = await browser.newPage();
  await signInAs(admin, MOORSIDE_ADMIN, DEMO_PASSWORD);
  await admin.goto("/organisations?q=Moorside");
  await admin.getByRole("link", { name: "Moorside Surgery" }).first().click();
  await admin.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
  const moorside = new URL(admin.url()).pathname;
  await admin.goto(`${moorside}/data-needs/new`);
  const steps = admin.getByLabel("Pathway step it serves (optional)");
  await expect(steps).toBeVisible();
  expect(
    await steps
      .locator("optgroup")
      .evaluateAll((groups) => groups.map((g) => g.getAttribute("label"))),
  ).not.toContainEqual(expect.stringContaining(name));

  // Published: the lead's print view names the version, and the admin now sees its steps under
  // the published name and version.
  await lead.goto(`/pathways/${pathwayId}/publish`);
  await lead.getByRole("button", { name: "Publish version 1" }).click();
  await lead.waitForURL(`**/pathways/${pathwayId}?published=1`);
  await lead.goto(`/pathways/${pathwayId}/print`);
  await expect(lead.getByText(/^Published version 1, /)).toBeVisible();
  await expect(lead.getByText(/Draft, as it stood/)).toHaveCount(0);

  await admin.reload();
  await expect(steps.locator(`optgroup[label="${name} (version 1)"] option`)).toHaveCount(3);
  await lead.close();
  await admin.close();
});
