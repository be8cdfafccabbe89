import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";
import { demoPathwayFile } from "./support/pathway-file";

const PATHWAY_URL = /\/pathways\/([0-9a-f-]{36})$/;

test("a long pathway shows its steps 25 at a time, and a step moves on its own page", async ({
  page,
  expectAccessible,
}) => {
  await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
  const { file } = demoPathwayFile();
  // 60 steps: the file's 3, then 57 more in the care home's lane.
  for (let index = 4; index <= 60; index++) {
    file.steps.push({
      key: `extra-${index}`,
      name: `Extra step ${index}`,
      performerRole: "Care home manager",
      lane: "home",
    });
  }
  await page.goto("/pathways/import");
  await page.getByLabel("Pathway file (JSON)").setInputFiles({
    name: "long.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole("button", { name: "Import pathway" }).click();
  await page.waitForURL(PATHWAY_URL);
  const pathwayId = PATHWAY_URL.exec(new URL(page.url()).pathname)![1]!;

  const steps = page.getByRole("table", { name: "Steps" });
  await expect(steps.getByTestId("step-row")).toHaveCount(25);
  await expect(steps).toContainText("Extra step 25");
  await expect(steps).not.toContainText("Extra step 26");
  await page
    .getByRole("navigation", { name: "Pages of steps" })
    .getByRole("link", { name: "Next page" })
    .click();
  await expect(page).toHaveURL(/[?&]steps=2/);
  await expect(steps.getByTestId("step-row")).toHaveCount(25);
  await expect(steps.getByTestId("step-row").first()).toContainText("Extra step 26");
  await expectAccessible();

  await page.goto(`/pathways/${pathwayId}/edit?steps=3`);
  const editorSteps = page.getByRole("table", { name: "Steps" });
  await expect(editorSteps.getByTestId("step-row")).toHaveCount(10);
  await page.getByRole("button", { name: "Move earlier: Extra step 52" }).click();
  await expect(page).toHaveURL(/[?&]steps=3/);
  const rows = page.getByRole("table", { name: "Steps" }).getByTestId("step-row");
  await expect(rows.nth(0)).toContainText("Extra step 52");
  await expect(rows.nth(1)).toContainText("Extra step 51");
  await expectAccessible();
});
