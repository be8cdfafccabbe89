import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

async function openProfile(page: Page, name: string) {
  await page.goto(`/organisations?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

test.describe("changing an organisation's details", () => {
  test("an organisation admin fixes a mistake, then saves their own profile", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "manager@larchwood.example", DEMO_PASSWORD);
    await openProfile(page, "Larchwood Care Home");
    await page.getByRole("link", { name: "Change details" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Change details of Larchwood Care Home",
    );
    await expect(page.getByLabel("Type")).toHaveCount(0);
    await expectAccessible();

    await page.getByLabel("Postcode").fill("nowhere");
    await page.getByLabel("Website").fill("larchwood");
    await page.getByRole("button", { name: "Save details" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(
      summary.getByRole("link", { name: "Enter a real postcode, like LS1 4AP" }),
    ).toBeVisible();
    await expect(
      summary.getByRole("link", { name: "Enter a website address starting with https://" }),
    ).toBeVisible();
    await expectAccessible();

    await page.getByLabel("Postcode").fill("nm1 2ab");
    await page.getByLabel("Website").fill("https://larchwood.example");
    await page.getByLabel("Size").selectOption({ label: "10 to 49 staff" });
    await page.getByRole("button", { name: "Save details" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Larchwood Care Home");
    await expect(page.getByText("NM1 2AB")).toBeVisible();
    await expect(page.getByRole("link", { name: "https://larchwood.example" })).toBeVisible();
  });

  test("an organisation admin cannot change another organisation", async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, "manager@larchwood.example", DEMO_PASSWORD);
    await openProfile(page, "Moorside Surgery");

    await expect(page.getByRole("link", { name: "Change details" })).toHaveCount(0);
    const response = await page.goto(`${page.url()}/edit`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "You do not have access to this page",
    );
    await expectAccessible();
  });

  test("a member cannot change their own organisation", async ({ page }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    await openProfile(page, "Larchwood Care Home");

    await expect(page.getByRole("link", { name: "Change details" })).toHaveCount(0);
    expect((await page.goto(`${page.url()}/edit`))?.status()).toBe(403);
  });

  test("a programme lead changes an organisation's engagement, with a reason", async ({ page }) => {
    await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
    await openProfile(page, "Hillcrest Nursing Home");
    await page.getByRole("link", { name: /Change engagement/ }).click();

    await page.getByLabel("Engagement now").selectOption("SUPPORTIVE");
    await page.getByLabel("Engagement the programme aims for").selectOption("LEADING");
    await page.getByLabel("Why are you making this change?").fill("Signed up to the pilot");
    await page.getByRole("button", { name: "Save engagement" }).click();

    await expect(page.getByText("The organisation's engagement has been saved.")).toBeVisible();
    await expect(
      page.getByTestId("engagement-change").filter({ hasText: "Signed up to the pilot" }),
    ).toContainText("Supportive");
  });
});

test.describe("archiving an organisation", () => {
  test("a programme lead archives an organisation and restores it", async ({ page }) => {
    await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
    await openProfile(page, "Westvale Good Neighbours");

    await page.getByRole("button", { name: "Archive organisation" }).click();
    await expect(page.getByText("This organisation is archived.")).toBeVisible();
    await page.getByRole("button", { name: "Restore organisation" }).click();
    await expect(page.getByText("This organisation is archived.")).toHaveCount(0);
  });

  test("archived organisations leave the directory for everyone but leads", async ({
    page,
    browser,
  }) => {
    await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
    await openProfile(page, "Eastbrook Village Pharmacy");
    await page.getByRole("button", { name: "Archive organisation" }).click();
    await expect(page.getByText("This organisation is archived.")).toBeVisible();
    const profileUrl = page.url();

    const member = await browser.newPage();
    try {
      await signInAs(member, "nurse@larchwood.example", DEMO_PASSWORD);
      await member.goto("/organisations?q=Village%20Pharmacy");
      await expect(member.getByText("No organisations match.")).toBeVisible();
      expect((await member.goto(profileUrl))?.status()).toBe(404);
    } finally {
      await member.close();
      // Put it back: other journeys count the demo organisations.
      await page.getByRole("button", { name: "Restore organisation" }).click();
      await expect(page.getByText("This organisation is archived.")).toHaveCount(0);
    }
  });

  test("an organisation admin is not offered archiving", async ({ page }) => {
    await signInAs(page, "manager@larchwood.example", DEMO_PASSWORD);
    await openProfile(page, "Larchwood Care Home");

    await expect(page.getByRole("button", { name: "Archive organisation" })).toHaveCount(0);
  });
});
