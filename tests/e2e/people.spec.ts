import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { createThrowawayAccount, expect, signInAs, test } from "./fixtures";

// These journeys change demo accounts and then put them back; one after another, in one worker.
test.describe.configure({ mode: "default" });

const ADMIN = "admin@elmshire.example";
const LEAD = "lead@elmshire.example";

async function openPerson(page: Page, email: string, name: string) {
  await page.goto(`/people?q=${encodeURIComponent(email)}`);
  await page.getByRole("main").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

test("a programme lead finds people, filters and sorts them, and opens one", async ({
  page,
  expectAccessible,
}) => {
  await signInAs(page, LEAD, DEMO_PASSWORD);
  const navigation = page.getByRole("navigation", { name: "Primary" });
  await navigation.getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await expect(navigation.getByRole("link", { name: "Audit" })).toBeVisible();
  await expectAccessible();

  await page.getByLabel("Name or email address").fill("larchwood");
  await page.getByRole("button", { name: "Search" }).click();
  const table = page.getByRole("table", { name: "People on the platform" });
  await expect(table.getByRole("row", { name: /Jo Walsh/ })).toContainText("Larchwood Care Home");
  await expect(table.getByRole("row", { name: /Sam Okafor/ })).toContainText("Organisation admin");
  await expect(table.getByRole("row", { name: /Priya Shah/ })).toHaveCount(0);

  await page.getByRole("link", { name: /^Name\b.*sorted ascending/ }).click();
  await expect(page).toHaveURL(/order=desc/);
  const names = await table.locator("tbody th").allTextContents();
  expect(names[0]).toContain("Sam Okafor");
  expect(names.at(-1)).toContain("Jo Walsh");

  await page.goto("/people");
  await page
    .getByRole("combobox", { name: "Platform role" })
    .selectOption({ label: "Platform admin" });
  await page.getByRole("combobox", { name: "Account status" }).selectOption({ label: "Active" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(table.getByRole("row", { name: /Alex Morgan/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Priya Shah/ })).toHaveCount(0);

  await page
    .getByRole("combobox", { name: "Account status" })
    .selectOption({ label: "Invited, not yet joined" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("Nobody matches.")).toBeVisible();
  await expectAccessible();

  await openPerson(page, "nurse@larchwood.example", "Jo Walsh");
  await expect(page.getByText("Only platform admins change platform roles.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Disable account" })).toBeVisible();
  await expectAccessible();

  await openPerson(page, ADMIN, "Alex Morgan");
  await expect(page.getByRole("button", { name: "Disable account" })).toHaveCount(0);
});

test("members are refused People and Audit, and not offered them", async ({
  page,
  expectAccessible,
}) => {
  await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
  const navigation = page.getByRole("navigation", { name: "Primary" });
  await expect(navigation.getByRole("link", { name: "Organisations" })).toBeVisible();
  await expect(navigation.getByRole("link", { name: "People" })).toHaveCount(0);
  await expect(navigation.getByRole("link", { name: "Audit" })).toHaveCount(0);

  for (const path of ["/people", "/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "You do not have access to this page",
    );
  }
  await expectAccessible();
});

test("a platform admin disables an account: its open session ends at once", async ({
  page,
  browser,
  expectAccessible,
}) => {
  // Disabling ends every session of the account: a throwaway one, not a demo account.
  const target = await createThrowawayAccount(browser, "Dana Disabled");
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInAs(other, target.email, target.password);
  await signInAs(page, ADMIN, DEMO_PASSWORD);
  await openPerson(page, target.email, target.name);
  try {
    await page.getByRole("button", { name: "Disable account" }).click();
    const confirmation = page.getByRole("group", { name: /Disable the account of Dana Disabled/ });
    await expect(confirmation).toBeFocused();
    await expectAccessible();
    await confirmation.getByRole("button", { name: "Yes, disable the account" }).click();
    await expect(page.getByText("This account is disabled.")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Disabled" })).toBeVisible();
    await expectAccessible();

    // The other browser still has its cookie; its next request is refused.
    const response = await other.goto("/organisations");
    expect(response?.url()).toContain("/sign-in?callbackUrl=%2Forganisations");
    await expect(other.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  } finally {
    await page.getByRole("button", { name: "Enable account" }).click();
    await expect(page.getByText("This account is disabled.")).toHaveCount(0);
    await context.close();
  }
  // Enabled again, the account signs in as before.
  const again = await browser.newPage();
  await signInAs(again, target.email, target.password);
  await again.close();
});

test("a platform admin changes a platform role, which applies at the person's next request", async ({
  page,
  browser,
  expectAccessible,
}) => {
  const person = await browser.newPage();
  await signInAs(person, "nurse@larchwood.example", DEMO_PASSWORD);
  const personNavigation = person.getByRole("navigation", { name: "Primary" });
  await expect(personNavigation.getByRole("link", { name: "People" })).toHaveCount(0);

  await signInAs(page, ADMIN, DEMO_PASSWORD);
  await openPerson(page, "nurse@larchwood.example", "Jo Walsh");
  try {
    await page
      .getByRole("combobox", { name: "Platform role" })
      .selectOption({ label: "Programme lead" });
    await page.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByText("Platform role changed to programme lead.")).toBeVisible();
    await expectAccessible();

    await person.goto("/people");
    await expect(person.getByRole("heading", { level: 1 })).toHaveText("People");
  } finally {
    await page.getByRole("combobox", { name: "Platform role" }).selectOption({ label: "User" });
    await page.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByText("Platform role changed to user.")).toBeVisible();
  }
  expect((await person.goto("/people"))?.status()).toBe(403);
  await person.close();

  // Nobody changes their own role or disables their own account.
  await openPerson(page, ADMIN, "Alex Morgan");
  await expect(page.getByText("You cannot change your own platform role.")).toBeVisible();
  await expect(page.getByText("You cannot disable your own account.")).toBeVisible();
});

test("an organisation admin manages their own organisation's members only", async ({
  page,
  browser,
  expectAccessible,
}) => {
  await signInAs(page, "manager@larchwood.example", DEMO_PASSWORD);
  await page.goto(`/organisations?q=${encodeURIComponent("Larchwood Care Home")}`);
  await page.getByRole("link", { name: "Larchwood Care Home" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Larchwood Care Home");
  const larchwood = page.url();
  const jo = page.getByRole("listitem").filter({ hasText: "Jo Walsh" });
  await expect(
    jo.getByRole("button", { name: "Make organisation admin for Jo Walsh at Larchwood Care Home" }),
  ).toBeVisible();
  // Not for their own membership.
  const self = page.getByRole("listitem").filter({ hasText: "Sam Okafor" });
  await expect(self.getByRole("button")).toHaveCount(0);

  await jo.getByRole("button", { name: /^Remove/ }).click();
  const confirmation = page.getByRole("group", {
    name: /Remove Jo Walsh from Larchwood Care Home/,
  });
  await expect(confirmation).toBeFocused();
  await expectAccessible();
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(jo.getByRole("button", { name: /^Remove/ })).toBeVisible();

  // Another organisation's members offer nothing.
  await page.goto(`/organisations?q=${encodeURIComponent("Moorside Surgery")}`);
  await page.getByRole("link", { name: "Moorside Surgery" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moorside Surgery");
  await expect(page.getByRole("listitem").filter({ hasText: "Chris Patel" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);

  // A member sees no controls at all.
  const member = await browser.newPage();
  await signInAs(member, "nurse@larchwood.example", DEMO_PASSWORD);
  await member.goto(larchwood);
  await expect(member.getByRole("listitem").filter({ hasText: "Sam Okafor" })).toBeVisible();
  await expect(member.getByRole("button", { name: /^(Remove|Make)/ })).toHaveCount(0);
  await member.close();
});

test("a platform admin changes a membership's role from the person's page and back", async ({
  page,
  expectAccessible,
}) => {
  // The programme lead's membership: as a lead, their rights stay the same either way.
  await signInAs(page, ADMIN, DEMO_PASSWORD);
  await openPerson(page, LEAD, "Priya Shah");
  const row = page
    .getByRole("table", { name: "Organisations Priya Shah acts for" })
    .getByRole("row")
    .nth(1);
  const role = row.getByRole("cell").first();
  await expect(role).toHaveText("Member");
  await row.getByRole("button", { name: /^Make organisation admin/ }).click();
  await expect(role).toHaveText("Organisation admin");
  await expectAccessible();
  await row.getByRole("button", { name: /^Make member/ }).click();
  await expect(role).toHaveText("Member");
});
