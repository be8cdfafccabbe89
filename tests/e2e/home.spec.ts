import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

// The home page as each person finds it: what is waiting for them, and nothing that is not theirs.

const waitingFor = (page: Page, heading: string) => page.getByRole("region", { name: heading });

test.describe("the home page", () => {
  test("signed out, it is the coalition's public page", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Share care information across the coalition",
    );
    await expect(page.getByRole("heading", { name: "Data needs to review" })).toHaveCount(0);
    await expectAccessible();
  });

  test("a programme lead sees the open rounds and the pathways with blocked flows", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Priya Shah");
    await expect(waitingFor(page, "Open assessment rounds")).toBeVisible();
    const blocked = waitingFor(page, "Pathways with blocked flows");
    await expect(blocked.getByText(/\d+ flows? blocked/).first()).toBeVisible();
    await blocked.getByRole("listitem").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/pathways\/[0-9a-f-]{36}$/);
    await page.goto("/");
    await expectAccessible();
  });

  test("an organisation admin sees their organisation's data needs, and no lead's overview", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "manager@larchwood.example", DEMO_PASSWORD);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Sam Okafor");
    const needs = waitingFor(page, "Data needs to review");
    await expect(needs.getByRole("link", { name: "Larchwood Care Home" })).toBeVisible();
    await expect(needs).toContainText(/not fully met/);
    await expect(waitingFor(page, "Open assessment rounds")).toHaveCount(0);
    await expect(waitingFor(page, "Pathways with blocked flows")).toHaveCount(0);
    await expectAccessible();
    await needs.getByRole("link", { name: "Larchwood Care Home" }).click();
    await expect(page).toHaveURL(/\/organisations\/[0-9a-f-]{36}\/data-needs$/);
  });

  test("a member sees their organisation's data needs, and nothing of other organisations", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Jo Walsh");
    const needs = waitingFor(page, "Data needs to review");
    await expect(needs.getByRole("link")).toHaveText(["Larchwood Care Home"]);
    await expect(waitingFor(page, "Assessments to answer")).toHaveCount(0);
    await expect(waitingFor(page, "Open assessment rounds")).toHaveCount(0);
    await expect(waitingFor(page, "Pathways with blocked flows")).toHaveCount(0);
    await expectAccessible();
  });
});
