import { randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";
import { UNSTORABLE_TEXT } from "@/lib/validation/text";

import { expect, signInAs, test } from "./fixtures";

// A NUL byte or half of an emoji in a search used to show the 500 page; now the search is dropped
// and the page shows everything, as if nothing had been typed.
const LARCHWOOD = "Larchwood Care Home";
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

// The same text typed into a form: the form says what is wrong and saves nothing. Playwright's
// typing cannot send half of an emoji, so the page sets the field's value itself, as pasting would.
async function setFieldValue(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).evaluate((field, text) => {
    const prototype =
      field instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(field, text);
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }, value);
}

const FORMS = [
  {
    who: "manager@larchwood.example",
    form: "a system's notes",
    open: "Add a system",
    fill: async (page: Page, marker: string) => {
      await page.getByLabel("Kind of system").selectOption({ index: 1 });
      await page.getByLabel("Supplier").fill("Tendly");
      await page.getByLabel("Product").fill(marker);
    },
    field: "Notes (optional)",
    button: "Add system",
  },
  {
    who: "manager@larchwood.example",
    form: "a key contact's role",
    open: "Add a key contact",
    fill: async (page: Page, marker: string) => {
      await page.getByLabel("Full name").fill(marker);
    },
    field: "Role in the programme",
    button: "Add contact",
  },
  {
    who: "manager@larchwood.example",
    form: "an invitation's name",
    open: "Invite someone",
    fill: async (page: Page, marker: string) => {
      await page.getByLabel("Email address").fill(`${marker}@example.org`);
    },
    field: "Full name",
    button: "Send invitation",
  },
] as const;

for (const { who, form, open, fill, field, button } of FORMS) {
  for (const [kind, bad] of [
    ["a NUL byte", "before\u0000after"],
    ["half of an emoji", "before\ud800after"],
  ] as const) {
    test(`${kind} in ${form} gives a clear message and saves nothing`, async ({ page }) => {
      const marker = `hostile${randomBytes(3).toString("hex")}`;
      await signInAs(page, who, DEMO_PASSWORD);
      const responses: number[] = [];
      page.on("response", (response) => responses.push(response.status()));
      await page.goto(`/organisations?q=${encodeURIComponent(LARCHWOOD)}`);
      await page.getByRole("link", { name: LARCHWOOD }).click();
      const profile = page.url();
      await page.getByRole("link", { name: open }).click();
      await fill(page, marker);
      await setFieldValue(page, field, bad);
      await page.getByRole("button", { name: button, exact: true }).click();

      const summary = page.getByRole("alert", { name: "There is a problem" });
      await expect(summary.getByRole("link", { name: UNSTORABLE_TEXT })).toBeVisible();
      expect(responses.filter((status) => status >= 500)).toEqual([]);
      await page.goto(profile);
      await expect(page.getByRole("main")).not.toContainText(marker);
    });
  }
}

test("hostile text in the name of a new place gives a clear message", async ({ page }) => {
  await signInAs(page, "lead@elmshire.example", DEMO_PASSWORD);
  await page.goto("/organisations/places");
  await setFieldValue(page, "Name of the place", "West\u0000vale");
  await page.getByRole("button", { name: "Add place", exact: true }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary.getByRole("link", { name: UNSTORABLE_TEXT })).toBeVisible();
});
