import { randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { createThrowawayAccount, expect, signInAs, signInThroughForm, test } from "./fixtures";
import { demoPathwayFile } from "./support/pathway-file";
import { watchPage } from "./support/page-health";
import { batchPayloads, injectedMarkers, XSS_CORPUS } from "./support/xss-corpus";

// Stored XSS: every payload of the corpus goes into the text fields of an organisation of the
// test's own (its details, systems, key contacts and data needs) through the forms, and every page
// that shows them is opened in Chromium. A payload that ran or became part of the page shows as a
// dialog, an element or address it marks, a Content-Security-Policy report or a console error.

const LEAD = "lead@elmshire.example";
const ADMIN = "admin@elmshire.example";

/** Watches a page for dialogs, console errors and policy reports from its first navigation on. */
async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const watch = await watchPage(page);
  return {
    /** Opens `path`, which must show `shown` as text, and checks that nothing was injected. */
    async expectSafe(path: string, shown: string) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("main")).toContainText(shown);
      expect(await page.evaluate(injectedMarkers), `injected on ${path}`).toEqual([]);
      expect(dialogs, `dialogs on ${path}`).toEqual([]);
      expect(await watch.problems(), `console errors and policy reports on ${path}`).toEqual([]);
    },
    /** Opens an edit form at `path` and checks that a field holds `value` and nothing ran. */
    async expectSafeForm(path: string, value: string | readonly string[]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      // Compared with spacing evened out: some fields keep a tab as a space.
      const even = (text: string) => text.replace(/\s+/g, " ").trim();
      const expected = (typeof value === "string" ? [value] : value).map(even);
      // The form fills its fields once it runs in the browser.
      await expect
        .poll(
          async () =>
            (
              await page
                .locator("main input, main textarea")
                .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value))
            ).some((held) => expected.includes(even(held))),
          { message: `a field on ${path} holds the payload` },
        )
        .toBe(true);
      expect(await page.evaluate(injectedMarkers), `injected on ${path}`).toEqual([]);
      expect(dialogs, `dialogs on ${path}`).toEqual([]);
      expect(await watch.problems(), `console errors and policy reports on ${path}`).toEqual([]);
    },
  };
}

/** The addresses of the page's links whose address matches `pattern`, once each. */
async function linksTo(page: Page, pattern: RegExp): Promise<string[]> {
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))];
}

async function submit(page: Page, button: string, heading: string | RegExp) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
}

test("payloads saved in an organisation's details, systems, contacts and needs never run", async ({
  page,
  browser,
}) => {
  // Many records to write through the forms, then six pages to read: a long journey.
  test.setTimeout(300_000);
  const suffix = randomBytes(3).toString("hex").toUpperCase();
  const name = `Hostile Lodge ${suffix} ${XSS_CORPUS[0]}`;
  const checks = await guard(page);
  await signInAs(page, LEAD, DEMO_PASSWORD);

  // The organisation: its name and address.
  await page.goto("/organisations/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Type").selectOption({ label: "Other" });
  await page.getByLabel("Place").selectOption({ label: "Westvale" });
  await page.getByLabel("Address").fill(batchPayloads(XSS_CORPUS, 300)[0]!);
  await submit(page, "Add organisation", name);
  const profile = new URL(page.url()).pathname;

  try {
    // Systems: every payload in a system's notes, and some as supplier and product.
    const notes = batchPayloads(XSS_CORPUS, 500);
    for (const [index, value] of notes.entries()) {
      await page.goto(`${profile}/systems/new`);
      await page.getByLabel("Kind of system").selectOption({ index: 1 });
      await page.getByLabel("Supplier").fill(XSS_CORPUS[index + 1]!);
      await page.getByLabel("Product").fill(`P${index} ${XSS_CORPUS[index + 20]}`);
      await page.getByLabel("Notes (optional)").fill(value);
      await submit(page, "Add system", name);
    }

    // Key contacts: a name and a role each.
    for (const index of [7, 17, 37]) {
      await page.goto(`${profile}/contacts/new`);
      await page.getByLabel("Full name").fill(XSS_CORPUS[index]!);
      await page.getByLabel("Role in the programme").fill(XSS_CORPUS[index + 1]!);
      await submit(page, "Add contact", name);
    }

    // Data needs: every payload in what the data is needed for, or the decision it informs.
    const needs = batchPayloads(XSS_CORPUS, 1000);
    for (let index = 0; index < needs.length; index += 2) {
      await page.goto(`${profile}/data-needs/new`);
      await page.getByLabel("Team or role that needs the data").fill(XSS_CORPUS[index + 40]!);
      await page.getByLabel("Kind of data").selectOption({ index: 1 });
      await page.getByLabel("Where the data comes from").selectOption({ index: 1 });
      await page.getByLabel("How soon it is needed").selectOption({ index: 1 });
      await page.getByLabel("What it is needed for").fill(needs[index]!);
      const decision = needs[index + 1];
      if (decision) await page.getByLabel(/decision/i).fill(decision);
      await page.getByLabel("How important it is").selectOption({ index: 1 });
      await page.getByLabel("How far the need is met today").selectOption({ index: 1 });
      await page.getByRole("button", { name: "Record data need" }).click();
      await expect(page.getByRole("alert", { name: "Success" })).toBeVisible();
    }

    // Every page that shows them.
    await checks.expectSafe(profile, "onerror=alert");
    await checks.expectSafe(
      `/organisations?q=${encodeURIComponent(`Hostile Lodge ${suffix}`)}`,
      name,
    );
    await checks.expectSafe(`${profile}/data-needs`, "onerror=alert");
    // The coalition's needs page shows counts, not the text of needs.
    await checks.expectSafe("/data-needs", "Data needs across the coalition");

    // The edit forms hold the payloads as values.
    await checks.expectSafeForm(`${profile}/edit`, name);
    await page.goto(profile);
    const systemEdit = (await linksTo(page, /\/systems\/[0-9a-f-]{36}\/edit$/))[0]!;
    await checks.expectSafeForm(systemEdit, notes);
    await page.goto(profile);
    const contactEdit = (await linksTo(page, /\/contacts\/[0-9a-f-]{36}\/edit$/))[0]!;
    await checks.expectSafeForm(
      contactEdit,
      [7, 17, 37].map((index) => XSS_CORPUS[index]!),
    );
    await page.goto(`${profile}/data-needs`);
    const needEdits = await linksTo(page, /\/data-needs\/[0-9a-f-]{36}\/edit$/);
    expect(needEdits.length).toBeGreaterThan(0);
    for (const needEdit of needEdits) await checks.expectSafeForm(needEdit, needs);

    // The audit trail names the records, as a platform admin sees it.
    const admin = await browser.newPage();
    try {
      const adminChecks = await guard(admin);
      await signInAs(admin, ADMIN, DEMO_PASSWORD);
      await adminChecks.expectSafe("/audit", "Hostile Lodge");
      await adminChecks.expectSafe(profile, "onerror=alert");
    } finally {
      await admin.close();
    }
  } finally {
    // Tidy up: archived organisations leave the directory and the coalition's counts.
    await page.goto(profile);
    await page.getByRole("button", { name: "Archive organisation" }).click();
    await expect(page.getByText("This organisation is archived.")).toBeVisible();
  }
});

test("payloads imported into a pathway, its steps and flows never run", async ({ page }) => {
  // One import, then nine pages to read.
  test.setTimeout(240_000);
  const suffix = randomBytes(3).toString("hex").toUpperCase();
  const name = `Hostile pathway ${suffix} ${XSS_CORPUS[3]}`;
  const { file } = demoPathwayFile();
  const long = batchPayloads(XSS_CORPUS, 2000);
  const lanes = ["home", "surgery", "pharmacy"];
  const hostile = {
    ...file,
    pathway: { name, population: batchPayloads(XSS_CORPUS, 300)[0]!, purpose: long[0]! },
    // A step per payload: the payload as its name, and others as its role and setting.
    steps: XSS_CORPUS.map((payload, index) => ({
      key: `s${index}`,
      name: `${index} ${payload}`,
      performerRole: XSS_CORPUS[(index + 20) % XSS_CORPUS.length]!,
      setting: XSS_CORPUS[(index + 40) % XSS_CORPUS.length]!,
      description: long[index % long.length]!,
      lane: lanes[index % lanes.length]!,
    })),
    // A flow between each pair of neighbours, with payloads for its purpose, standard and notes.
    flows: XSS_CORPUS.slice(1).map((_, index) => ({
      ...file.flows[0]!,
      from: `s${index}`,
      to: `s${index + 1}`,
      purpose: XSS_CORPUS[index]!,
      standard: XSS_CORPUS[(index + 30) % XSS_CORPUS.length]!,
      notes: long[(index + 1) % long.length]!,
    })),
  };
  const checks = await guard(page);
  await signInAs(page, LEAD, DEMO_PASSWORD);
  await page.goto("/pathways/import");
  await page.getByLabel("Pathway file (JSON)").setInputFiles({
    name: "hostile.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  await page.getByRole("button", { name: "Import pathway" }).click();
  await page.waitForURL(/\/pathways\/[0-9a-f-]{36}$/);
  const pathway = new URL(page.url()).pathname;

  try {
    await checks.expectSafe(pathway, "onerror=alert");
    await checks.expectSafe(`${pathway}/edit`, "onerror=alert");
    await checks.expectSafe(`${pathway}/print`, "onerror=alert");
    await checks.expectSafe(`${pathway}/history`, "Hostile pathway");
    await checks.expectSafe("/pathways", name);
    await checks.expectSafeForm(`${pathway}/details`, name);
    await page.goto(`${pathway}/edit`);
    const stepEdit = (await linksTo(page, /\/steps\/[0-9a-f-]{36}\/edit$/))[0]!;
    const flowEdit = (await linksTo(page, /\/flows\/[0-9a-f-]{36}\/edit$/))[0]!;
    await checks.expectSafeForm(stepEdit, long[0]!);
    await checks.expectSafeForm(flowEdit, XSS_CORPUS[0]!);
    await checks.expectSafe(`${pathway}/publish`, "Hostile pathway");
  } finally {
    await page.goto(`${pathway}/archive`);
    await page.getByRole("button", { name: /^Archive/ }).click();
  }
});

test("payloads in people's names, places and kinds of data never run", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const suffix = randomBytes(3).toString("hex").toUpperCase();
  // The invitation's name becomes the account's name; the person then changes it on /account.
  const invited = `Hostile ${suffix} ${XSS_CORPUS[8]}`;
  const account = await createThrowawayAccount(browser, invited);
  const checks = await guard(page);
  await signInAs(page, LEAD, DEMO_PASSWORD);
  await checks.expectSafe(`/people?q=${encodeURIComponent(`Hostile ${suffix}`)}`, invited);

  const person = await browser.newPage();
  try {
    const personChecks = await guard(person);
    await signInThroughForm(person, account.email, account.password);
    await personChecks.expectSafeForm("/account", invited);
    const renamed = `Renamed ${suffix} ${XSS_CORPUS[1]}`;
    await person.getByLabel("Name", { exact: true }).fill(renamed);
    await person.getByLabel("Job title (optional)").fill(XSS_CORPUS[22]!);
    await person.getByRole("button", { name: "Save details" }).click();
    await expect(person.getByRole("alert", { name: "There is a problem" })).toHaveCount(0);
    await personChecks.expectSafeForm("/account", renamed);
    await personChecks.expectSafe("/", "Renamed");

    await checks.expectSafe(`/people?q=${encodeURIComponent(`Renamed ${suffix}`)}`, renamed);
    const profile = (await linksTo(page, /^\/people\/[0-9a-f-]{36}$/))[0]!;
    await checks.expectSafe(profile, renamed);
    await checks.expectSafe(
      `/organisations?q=${encodeURIComponent("Larchwood Care Home")}`,
      "Larchwood",
    );
    const larchwood = (await linksTo(page, /^\/organisations\/[0-9a-f-]{36}$/))[0]!;
    await checks.expectSafe(larchwood, renamed);
  } finally {
    await person.close();
  }

  // A place, and a kind of data, named with payloads.
  const place = `Place ${suffix} ${XSS_CORPUS[9]}`;
  await page.goto("/organisations/places");
  await page.getByLabel("Name of the place").fill(place);
  await page.getByRole("button", { name: "Add place" }).click();
  await expect(page.getByRole("status")).toContainText("has been added");
  await checks.expectSafe("/organisations/places", place);
  await checks.expectSafe("/organisations", "Organisations");
  const category = `Kind ${suffix} ${XSS_CORPUS[10]}`.slice(0, 100);
  await page.goto("/data-categories");
  await page.getByLabel("Name", { exact: true }).fill(category);
  await page.getByLabel("Description (optional)").fill(XSS_CORPUS[11]!);
  await page.getByRole("button", { name: "Add kind of data" }).click();
  await expect(page.getByRole("status")).toContainText("is added");
  await checks.expectSafe("/data-categories", category);
  await checks.expectSafe("/data-needs", "Data needs across the coalition");
  await checks.expectSafe("/audit", suffix);
});
