import { randomBytes } from "node:crypto";

import type { Locator, Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LEAD = "lead@elmshire.example";
const MEMBER = "nurse@larchwood.example";
const DEMO_FRAMEWORK = "What Good Looks Like";
const suffix = () => randomBytes(3).toString("hex");

/** Follows a link or presses a button from the keyboard: focus, then Enter. */
async function activate(control: Locator) {
  await control.focus();
  await control.press("Enter");
}

/** Ticks a checkbox from the keyboard. */
async function tick(control: Locator) {
  await control.focus();
  await control.press("Space");
}

/** Types into a field from the keyboard. */
async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.page().keyboard.type(text);
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const dimensionNames = (page: Page) =>
  page.getByTestId("framework-dimension").getByRole("heading", { level: 3 }).allTextContents();

async function addDimension(page: Page, name: string) {
  await activate(page.getByRole("link", { name: "Add a dimension" }));
  await expect(heading(page)).toContainText("Add a dimension to");
  await typeInto(page.getByLabel("Name", { exact: true }), name);
  await activate(page.getByRole("button", { name: "Add dimension" }));
  await expect(page.getByTestId("framework-dimension").filter({ hasText: name })).toBeVisible();
}

test.describe("maturity frameworks", () => {
  test("a lead builds a framework from the keyboard, reorders it and sees it", async ({ page }) => {
    // A long journey, typed key by key.
    test.slow();
    await signInAs(page, LEAD, DEMO_PASSWORD);
    const name = `Care record readiness ${suffix()}`;
    await page.goto("/maturity/frameworks");
    await activate(page.getByRole("link", { name: "Create a framework" }));
    await expect(heading(page)).toHaveText("Create a framework");
    await typeInto(page.getByLabel("Name", { exact: true }), name);
    await typeInto(page.getByLabel("Description"), "How ready care providers are to share records");
    await activate(page.getByRole("button", { name: "Create framework" }));
    await expect(heading(page)).toHaveText(name);
    await expect(page.getByText("No dimensions yet.")).toBeVisible();

    await addDimension(page, "Leadership");
    await addDimension(page, "Infrastructure");
    expect(await dimensionNames(page)).toEqual(["1. Leadership", "2. Infrastructure"]);

    await activate(page.getByRole("link", { name: "Add a question to Leadership" }));
    await expect(heading(page)).toContainText("Add a question to");
    await expect(page.getByLabel("Dimension")).toHaveValue(/.+/);
    const text = "Does the manager review digital records weekly?";
    await typeInto(page.getByLabel("Question", { exact: true }), text);
    await typeInto(page.getByLabel("Guidance (optional)"), "Ask to see the last review");
    const levels = ["Never", "Sometimes", "Monthly", "Weekly", "Weekly, with actions followed"];
    for (const [index, descriptor] of levels.entries()) {
      await typeInto(page.getByLabel(`Level ${index + 1}`, { exact: true }), descriptor);
    }
    await tick(page.getByRole("checkbox", { name: /may answer “not applicable”/ }));
    await tick(page.getByRole("checkbox", { name: "Care home", exact: true }));
    await activate(page.getByRole("button", { name: "Add question" }));
    await expect(heading(page)).toHaveText(name);

    // Infrastructure goes first, its questions (none) with it; Leadership keeps its question.
    await activate(page.getByRole("button", { name: "Move up: Infrastructure" }));
    await expect(page.getByTestId("framework-dimension").first()).toContainText("Infrastructure");
    expect(await dimensionNames(page)).toEqual(["1. Infrastructure", "2. Leadership"]);

    const question = page.getByTestId("framework-question").filter({ hasText: text });
    await expect(question.getByRole("heading", { level: 4 })).toHaveText(`2.1 ${text}`);
    await expect(question).toContainText("Ask to see the last review");
    for (const [index, descriptor] of levels.entries()) {
      await expect(question.getByRole("definition").nth(index)).toHaveText(descriptor);
    }
    await expect(question).toContainText("Not applicable: allowed");
    await expect(question).toContainText("Applies to: Care home");

    const versions = page.getByTestId("framework-version");
    await expect(versions).toHaveCount(1);
    await expect(versions.first()).toContainText("Version 1 (newest)");
    await expect(versions.first().getByRole("cell").nth(2)).toHaveText("0");

    await page.goto("/maturity/frameworks");
    const listed = page.getByRole("row").filter({ hasText: name }).getByRole("cell");
    await expect(listed.nth(2)).toHaveText("2");
    await expect(listed.nth(3)).toHaveText("1");
  });

  test("a lead is told what is wrong with a framework's details", async ({ page }) => {
    await signInAs(page, LEAD, DEMO_PASSWORD);
    await page.goto("/maturity/frameworks/new");
    await activate(page.getByRole("button", { name: "Create framework" }));
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("Enter the framework's name");
    await expect(summary).toContainText("Say what the framework is for");
    await expect(summary).toBeFocused();

    // Correcting a field after a failed submit: every key lands in the field.
    await typeInto(page.getByLabel("Name", { exact: true }), DEMO_FRAMEWORK.toLowerCase());
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(
      DEMO_FRAMEWORK.toLowerCase(),
    );
    await typeInto(page.getByLabel("Description"), "A copy");
    await activate(page.getByRole("button", { name: "Create framework" }));
    await expect(summary).toContainText("Another framework has that name");
    await expect(summary).toBeFocused();
    await expect(heading(page)).toHaveText("Create a framework");
  });

  test("a member reads a framework but cannot change it", async ({ page }) => {
    await signInAs(page, MEMBER, DEMO_PASSWORD);
    await page.goto("/maturity/frameworks");
    await expect(page.getByRole("link", { name: "Create a framework" })).toHaveCount(0);
    await page.getByRole("link", { name: DEMO_FRAMEWORK }).click();
    await expect(heading(page)).toHaveText(DEMO_FRAMEWORK);
    await expect(page.getByTestId("framework-dimension").first()).toBeVisible();
    await expect(page.getByTestId("framework-question").first()).toContainText("Level 5");
    await expect(page.getByTestId("framework-version").first()).toContainText("Version 1");
    await expect(page.getByRole("link", { name: "Add a dimension" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Move/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Change/ })).toHaveCount(0);

    const base = page.url();
    for (const path of [
      "/maturity/frameworks/new",
      `${base}/edit`,
      `${base}/archive`,
      `${base}/dimensions/new`,
      `${base}/questions/new`,
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
  });
});
