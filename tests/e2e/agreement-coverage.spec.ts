import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

// Which flows of care data an agreement covers, the printable agreement and the public register,
// on the demo coalition's agreements.

const LEAD = "lead@elmshire.example";
const DISCHARGE = "Hospital discharge home with a care package";

test.describe("agreement coverage", () => {
  test("the discharge pathway shows covered, at-risk and uncovered flows, on its map and in its table", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/pathways");
    await page.getByRole("link", { name: DISCHARGE }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DISCHARGE);
    // The map marks each flow's coverage, and its key says what the marks mean.
    await expect(page.getByTestId("map-legend")).toContainText("Agreement: covered");
    await expect(page.locator('[data-agreement="COVERED"]').first()).toBeAttached();
    await expect(page.locator('[data-agreement="NOT_COVERED"]').first()).toBeAttached();

    await page.getByRole("link", { name: "Data sharing agreements for these flows" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Data sharing agreements");
    const rows = page.getByTestId("coverage-row");
    await expect(
      rows.filter({ hasText: "DSA-2026-0001" }).and(page.locator('[data-verdict="COVERED"]')),
    ).toHaveCount(1);
    const atRisk = rows.and(page.locator('[data-verdict="AT_RISK"]')).first();
    await expect(atRisk).toContainText("awaiting signatures");
    const uncovered = rows.and(page.locator('[data-verdict="NOT_COVERED"]')).first();
    await expect(uncovered).toContainText("No data sharing agreement covers this flow");
    await expect(page.getByTestId("coverage-NOT_COVERED")).not.toHaveText("0 flows");
    await expectAccessible();
  });

  test("the coalition's coverage lists pairs of organisations, and downloads as CSV", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/agreements/coverage");
    await expect(page.getByTestId("coverage-pair").first()).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download every pair as CSV" }).click();
    expect((await download).suggestedFilename()).toBe("agreement-coverage.csv");
    await expectAccessible();
  });

  test("the public register needs no sign-in and shows nothing private", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto("/public/agreements");
    await page.getByRole("link", { name: "DSA-2026-0001" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Discharge assessments to adult social care",
    );
    const main = page.getByRole("main");
    await expect(main).toContainText("Elmshire Royal Hospitals NHS Trust");
    await expect(main).toContainText("6(1)(e) Public task");
    // No contact or DPO email, and no signatory or signature.
    await expect(main).not.toContainText("@");
    await expect(main).not.toContainText("Caldicott Guardian");
    await expect(main).not.toContainText(/sign(ed|ature)/i);
    await expectAccessible();

    // An unpublished draft is not on the public register.
    const response = await page.request.get("/public/agreements/DSA-2026-0006");
    expect(response.status()).toBe(404);
  });

  test("the printable agreement carries its signatures and the footer", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/organisations?q=Larchwood");
    await page.getByRole("link", { name: "Larchwood Care Home" }).click();
    const link = page
      .getByTestId("organisation-agreement")
      .filter({ hasText: "Hospital discharge letters to Larchwood Care Home" })
      .getByRole("link");
    const href = await link.getAttribute("href");
    await page.goto(`${href}/document`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Hospital discharge letters to Larchwood Care Home",
    );
    const signatures = page.getByTestId("signature-row");
    await expect(signatures).toHaveCount(2);
    await expect(signatures.filter({ hasText: "Morgan Ellis" })).toBeVisible();
    await expect(signatures.filter({ hasText: "Not yet signed" })).toHaveCount(0);
    await expect(page.getByTestId("document-footer")).toContainText(
      "the register is the definitive version",
    );
    await expectAccessible();
  });
});
