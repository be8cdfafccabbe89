import { randomBytes } from "node:crypto";

import type { Page, Route } from "@playwright/test";

import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

const LARCHWOOD = "Larchwood Care Home";
const UNSENT = "Sorry, there is a problem with the service. Your answers could not be sent.";
const BAD_EMAIL = "Enter an email address in the correct format, like name@example.nhs.uk";

/** Opens the form that adds a key contact to Larchwood, as its admin. */
async function openContactForm(page: Page) {
  await signInAs(page, "manager@larchwood.example", DEMO_PASSWORD);
  await page.goto(`/organisations?q=${encodeURIComponent(LARCHWOOD)}`);
  await page.getByRole("link", { name: LARCHWOOD }).click();
  await page.getByRole("link", { name: "Add a key contact" }).click();
  await page.getByLabel("Full name").fill(`Casey Contact ${randomBytes(3).toString("hex")}`);
  await page.getByLabel("Role in the programme").fill("Digital lead");
}

/** Server actions are POSTs to the page with a `Next-Action` header. */
const isServerAction = (route: Route) =>
  route.request().method() === "POST" && route.request().headers()["next-action"] !== undefined;

test.describe("what a form shows when its action does not succeed", () => {
  test("a refusal about a field the form does not show is in the summary, not lost", async ({
    page,
    expectAccessible,
  }) => {
    await openContactForm(page);
    // The browser sends a valid form; on its way the email is spoiled, so the server refuses it,
    // and the refusal is made to name a field this form does not have.
    await page.route("**/*", async (route) => {
      if (!isServerAction(route)) return route.fallback();
      const body = (route.request().postData() ?? "").replace(
        /"email":"[^"]*"/,
        '"email":"not-an-address"',
      );
      const response = await route.fetch({ postData: body });
      const text = (await response.text()).replace(
        '"fieldErrors":{"email":',
        '"fieldErrors":{"organisationId":',
      );
      await route.fulfill({ response, body: text });
    });
    await page.getByLabel("Email address (optional)").fill("sam.okafor@example.org");
    await page.getByRole("button", { name: "Add contact" }).click();

    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText(BAD_EMAIL);
    // It names no field on this form, so it is not a link to one, and no field is marked.
    await expect(summary.getByRole("link")).toHaveCount(0);
    await expect(page.getByText(BAD_EMAIL)).toHaveCount(1);
    await expect(summary).toBeFocused();
    await expectAccessible();
  });

  test("an action that fails with a server error says so instead of showing nothing", async ({
    page,
    expectAccessible,
  }) => {
    await openContactForm(page);
    await page.route("**/*", (route) =>
      isServerAction(route)
        ? route.fulfill({ status: 500, contentType: "text/html", body: "Internal Server Error" })
        : route.fallback(),
    );
    await page.getByRole("button", { name: "Add contact" }).click();

    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText(UNSENT);
    await expect(page.getByRole("button", { name: "Add contact" })).toBeEnabled();
    await expectAccessible();
  });

  test("an action that cannot be reached says so, and a second try goes through", async ({
    page,
  }) => {
    await openContactForm(page);
    await page.route("**/*", (route) =>
      isServerAction(route) ? route.abort("internetdisconnected") : route.fallback(),
    );
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(UNSENT);

    await page.unrouteAll({ behavior: "wait" });
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LARCHWOOD);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toHaveCount(0);
  });
});

test.describe("the sign-in form's summary", () => {
  test("an earlier refusal does not stay after a new submit with empty fields", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("nurse@larchwood.example");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("Enter a correct email address and password");

    await page.getByLabel("Email address").fill("");
    await page.getByLabel("Password").fill("");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(summary.getByRole("link", { name: "Enter your password" })).toBeVisible();
    await expect(summary).not.toContainText("Enter a correct email address and password");
    await expectAccessible();
  });

  test("the button and the forgotten password link do not touch", async ({ page }) => {
    await page.goto("/sign-in");
    const button = await page.getByRole("button", { name: "Sign in", exact: true }).boundingBox();
    const link = await page.getByRole("link", { name: "Forgot your password?" }).boundingBox();
    expect(button).not.toBeNull();
    expect(link).not.toBeNull();
    // The button's shadow is 4px deep: leave at least 8px of space below it.
    expect(link!.y - (button!.y + button!.height)).toBeGreaterThanOrEqual(8);
    expect(link!.height).toBeGreaterThanOrEqual(24);
  });

  test("before its script runs, the form sends nothing, so the password never reaches the address", async ({
    page,
    browser,
    baseURL,
  }) => {
    // A page still loading is a page without its script: the form would be submitted natively,
    // as a GET carrying what was typed.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const loading = await context.newPage();
    await loading.goto("/sign-in");
    await loading.getByLabel("Email address").fill("nurse@larchwood.example");
    await loading.getByLabel("Password").fill(DEMO_PASSWORD);
    const button = loading.getByRole("button", { name: "Sign in", exact: true });
    await expect(button).toBeDisabled();
    // Enter in a field submits through the form's default button; a disabled one sends nothing.
    await loading.getByLabel("Password").press("Enter");
    await button.click({ force: true });
    expect(new URL(loading.url()).search).toBe("");
    await context.close();

    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  });
});
