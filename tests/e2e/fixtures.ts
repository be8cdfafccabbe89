import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import {
  test as base,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
} from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

// WCAG 2.2 A and AA, including the earlier versions' success criteria.
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function expectAccessible(page: Page) {
  // Legacy mode runs axe in the page itself. The default assembles each frame's results in a new
  // page it opens for every check, which more than doubles the time of a check; the app's pages
  // have no frames of their own, and the results are the same.
  // Only the violations are read: axe then leaves out the nodes of every rule passed. Options
  // replace the tags chosen before them, so they come first.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes
        .map((node) => node.target.join(" "))
        .join("\n  ")}`,
  );
  expect(summary, "accessibility violations").toEqual([]);
}

export const test = base.extend<{ expectAccessible: () => Promise<void> }>({
  expectAccessible: async ({ page }, provide) => {
    await provide(() => expectAccessible(page));
  },
});

export { expect };

/** Signs in through the sign-in form, as a person would. */
export async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;

// The setup project (sign-in.setup.ts) signs in once per demo account and keeps the session
// cookie here; playwright.config.ts names one folder for the whole run.
function savedSignInFile(email: string): string {
  const folder = process.env.E2E_SIGN_IN_DIR;
  if (!folder)
    throw new Error("E2E_SIGN_IN_DIR is not set: run the suite through Playwright's config");
  return path.join(folder, `${email.toLowerCase()}.json`);
}

/** Keeps the page's session so that `signInAs` can reuse it without the form. */
export async function saveSignIn(page: Page, email: string) {
  const file = savedSignInFile(email);
  // Written whole, then renamed: a worker reading it never sees half a file.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(partial, JSON.stringify(await page.context().cookies()));
  renameSync(partial, file);
}

function savedSignIn(email: string): Cookies | undefined {
  try {
    return JSON.parse(readFileSync(savedSignInFile(email), "utf8")) as Cookies;
  } catch {
    return undefined;
  }
}

/**
 * Signs in as a demo account by reusing the session the setup project saved, and opens the home
 * page signed in, as the sign-in form would. Anyone else, or a saved session that has ended, goes
 * through the form. A journey that ends sessions (signing out, a password change, disabling an
 * account) must do it to a throwaway account (`createThrowawayAccount`), never a demo one.
 */
export async function signInAs(page: Page, email: string, password: string) {
  const saved = password === DEMO_PASSWORD ? savedSignIn(email) : undefined;
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto("/");
    if (await page.getByTestId("signed-in-as").isVisible()) return;
  }
  await signInThroughForm(page, email, password);
  if (password === DEMO_PASSWORD) await saveSignIn(page, email);
}

/**
 * Gives the page a demo account's saved session without opening any page, for a check that goes
 * straight to the page it is about; with no saved session, signs in through the form.
 */
export async function useSavedSignIn(page: Page, email: string) {
  const saved = savedSignIn(email);
  if (saved) await page.context().addCookies(saved);
  else await signInAs(page, email, DEMO_PASSWORD);
}

export interface ThrowawayAccount {
  email: string;
  name: string;
  password: string;
}

/**
 * A new account of its own, for a journey that ends its sessions: a platform admin invites a
 * member of Larchwood Care Home and passes on the invitation's link, through which they set a
 * password.
 */
export async function createThrowawayAccount(
  browser: Browser,
  name = "Taylor Throwaway",
): Promise<ThrowawayAccount> {
  const account = {
    email: `throwaway-${randomBytes(4).toString("hex")}@example.org`,
    name,
    password: "a throwaway account passphrase",
  };
  const admin = await browser.newPage();
  await signInAs(admin, "admin@elmshire.example", DEMO_PASSWORD);
  await admin.goto(`/organisations?q=${encodeURIComponent("Larchwood Care Home")}`);
  await admin.getByRole("link", { name: "Larchwood Care Home" }).click();
  await admin.getByRole("link", { name: "Invite someone" }).click();
  await admin.getByLabel("Email address").fill(account.email);
  await admin.getByLabel("Full name").fill(account.name);
  await admin.getByRole("button", { name: "Send invitation" }).click();
  // No mail server in the tests: whoever invited passes the one-time link on from the profile.
  await expect(
    admin
      .getByRole("status")
      .filter({ hasText: "Invitation queued: no mail server is configured" }),
  ).toBeVisible();
  const link = await admin
    .getByRole("row")
    .filter({ hasText: account.email })
    .getByTestId("invitation-link")
    .textContent();
  await admin.close();

  const invitee = await browser.newPage();
  await invitee.goto(new URL(link!.trim()).pathname);
  await invitee.getByLabel("Password", { exact: true }).fill(account.password);
  await invitee.getByLabel("Type the password again").fill(account.password);
  await invitee.getByRole("button", { name: "Set password and join" }).click();
  await expect(invitee.getByText("Your password is set and you have joined")).toBeVisible();
  await invitee.close();
  return account;
}
