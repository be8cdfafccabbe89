import { randomBytes } from "node:crypto";

import type { Browser, Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LARCHWOOD = "Larchwood Care Home";
const uniqueSuffix = () => randomBytes(3).toString("hex");

async function openProfile(page: Page, name: string) {
  await page.goto(`/organisations?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

/** Moorside's admin, in a browser of their own, is refused each of these pages of Larchwood's. */
async function expectRefusedToMoorsideAdmin(browser: Browser, paths: string[]) {
  const other = await browser.newPage();
  try {
    await signInAs(other, "practice.manager@moorside.example", DEMO_PASSWORD);
    for (const path of paths) {
      const response = await other.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  } finally {
    await other.close();
  }
}

test.describe("systems in use", () => {
  test("an organisation admin adds, changes and removes a system on their profile", async ({
    page,
    browser,
    expectAccessible,
  }) => {
    const product = `Tendly Care ${uniqueSuffix()}`;
    await signInAs(page, "manager@larchwood.example", DEMO_PASSWORD);
    await openProfile(page, LARCHWOOD);
    const profileUrl = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Add a system" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Add a system used by ${LARCHWOOD}`,
    );
    await expectAccessible();

    await page.getByRole("button", { name: "Add system" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    for (const message of [
      "Select the kind of system",
      "Enter the supplier, such as the company that sells the system",
      "Enter the product's name",
    ]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await expectAccessible();

    await page.getByLabel("Kind of system").selectOption({ label: "Digital social care record" });
    await page.getByLabel("Supplier").fill("  Tendly  ");
    await page.getByLabel("Product").fill(product);
    await page.getByLabel("Notes (optional)").fill("On trial on the first floor");
    await page.getByRole("button", { name: "Add system" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LARCHWOOD);
    const row = page.getByRole("row").filter({ hasText: product });
    await expect(row).toContainText("Digital social care record");
    await expect(row).toContainText("Tendly");
    await expect(row).toContainText("On trial on the first floor");
    await expectAccessible();

    await page.getByRole("link", { name: `Change ${product}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Change ${product} at ${LARCHWOOD}`,
    );
    const changeUrl = new URL(page.url()).pathname;
    await expect(page.getByLabel("Supplier")).toHaveValue("Tendly");
    await expectAccessible();
    await expectRefusedToMoorsideAdmin(browser, [
      changeUrl,
      changeUrl.replace(/\/edit$/, "/remove"),
      `${profileUrl}/systems/new`,
    ]);

    await page.getByLabel("Notes (optional)").fill("Live on both floors");
    await page.getByRole("button", { name: "Save system" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LARCHWOOD);
    await expect(page.getByRole("row").filter({ hasText: product })).toContainText(
      "Live on both floors",
    );

    await page.getByRole("link", { name: `Remove ${product}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Remove ${product} from ${LARCHWOOD}?`,
    );
    await expectAccessible();
    await page.getByRole("button", { name: "Remove system" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LARCHWOOD);
    await expect(page.getByRole("row").filter({ hasText: product })).toHaveCount(0);
  });
});

test.describe("key contacts", () => {
  test("an organisation admin adds, changes and removes a key contact", async ({
    page,
    browser,
    expectAccessible,
  }) => {
    const name = `Nia Roberts ${uniqueSuffix()}`;
    await signInAs(page, "manager@larchwood.example", DEMO_PASSWORD);
    await openProfile(page, LARCHWOOD);
    const profileUrl = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Add a key contact" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Add a key contact at ${LARCHWOOD}`,
    );
    await expectAccessible();

    await page.getByLabel("Email address (optional)").fill("nia@");
    await page.getByLabel("Telephone (optional)").fill("ring reception");
    await page.getByRole("button", { name: "Add contact" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    for (const message of [
      "Enter the contact's name",
      "Enter their role in the programme, such as Caldicott guardian",
      "Enter an email address in the correct format, like name@example.nhs.uk",
      "Enter a UK telephone number, like 01632 960 001",
    ]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await expectAccessible();

    await page.getByLabel("Full name").fill(name);
    await page.getByLabel("Role in the programme").fill("Caldicott guardian");
    await page.getByLabel("Email address (optional)").fill("nia.roberts@larchwood.example");
    await page.getByLabel("Telephone (optional)").fill("01632 960 555");
    await page.getByRole("button", { name: "Add contact" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LARCHWOOD);
    const contacts = page.getByRole("list", { name: "Key contacts" });
    const card = contacts.getByRole("listitem").filter({ hasText: name });
    await expect(card).toContainText("Caldicott guardian");
    await expect(card.getByRole("link", { name: "nia.roberts@larchwood.example" })).toBeVisible();
    await expect(card).toContainText("01632 960 555");

    await card.getByRole("link", { name: `Change ${name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Change ${name} at ${LARCHWOOD}`,
    );
    const changeUrl = new URL(page.url()).pathname;
    await expectAccessible();
    await expectRefusedToMoorsideAdmin(browser, [
      changeUrl,
      changeUrl.replace(/\/edit$/, "/remove"),
      `${profileUrl}/contacts/new`,
    ]);

    await page.getByLabel("Role in the programme").fill("Information governance lead");
    await page.getByLabel("Telephone (optional)").fill("");
    await page.getByRole("button", { name: "Save contact" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LARCHWOOD);
    await expect(card).toContainText("Information governance lead");
    await expect(card).not.toContainText("01632 960 555");

    await card.getByRole("link", { name: `Remove ${name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Remove ${name} from the key contacts of ${LARCHWOOD}?`,
    );
    await expectAccessible();
    // Cancelling changes nothing.
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(card).toBeVisible();
    await card.getByRole("link", { name: `Remove ${name}` }).click();
    await page.getByRole("button", { name: "Remove contact" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LARCHWOOD);
    await expect(contacts.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
  });
});

test.describe("people who may not change a profile's records", () => {
  test("a member sees the systems and contacts but no way to change them", async ({ page }) => {
    await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
    await openProfile(page, LARCHWOOD);
    const profileUrl = new URL(page.url()).pathname;

    await expect(page.getByRole("heading", { name: "Systems in use" })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Key contacts" }).getByRole("listitem"),
    ).not.toHaveCount(0);
    for (const name of ["Add a system", "Add a key contact", /^Change/, /^Remove/]) {
      await expect(page.getByRole("link", { name })).toHaveCount(0);
    }

    expect((await page.goto(`${profileUrl}/systems/new`))?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "You do not have access to this page",
    );
    expect((await page.goto(`${profileUrl}/contacts/new`))?.status()).toBe(403);
  });

  test("Moorside's admin is offered no changes on Larchwood's profile", async ({ page }) => {
    await signInAs(page, "practice.manager@moorside.example", DEMO_PASSWORD);
    await openProfile(page, LARCHWOOD);

    await expect(page.getByRole("link", { name: "Add a system" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Add a key contact" })).toHaveCount(0);
    expect((await page.goto(`${new URL(page.url()).pathname}/systems/new`))?.status()).toBe(403);
  });
});
