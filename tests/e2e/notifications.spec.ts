import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

// These journeys read and change one demo account's notifications: one after another.
test.describe.configure({ mode: "default" });

const MOORSIDE = "practice.manager@moorside.example";

test("the bell counts unread notifications, opening one goes to it, and mark all as read clears the count", async ({
  page,
  expectAccessible,
}) => {
  await signInAs(page, MOORSIDE, DEMO_PASSWORD);
  await page.goto("/");
  const bell = page.getByRole("banner").getByRole("link", { name: /^Notifications, / });
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread");
  const box = await bell.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);

  await bell.click();
  await expect(page).toHaveURL("/notifications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
  await expect(page.getByText("You have 2 unread notifications.")).toBeVisible();
  await expect(page.getByTestId("notification")).toHaveCount(2);
  await expectAccessible();

  await page.getByRole("link", { name: "See the coalition's shared care pathways" }).click();
  await expect(page).toHaveURL("/pathways");
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");

  await page.goto("/notifications");
  await expect(page.getByText("You have 1 unread notification.")).toBeVisible();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByText("You have no unread notifications.")).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifications, none unread");
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await expect(page.getByTestId("notification")).toHaveCount(2);
});

test("nobody opens someone else's notification", async ({ page, browser }) => {
  const owner = await browser.newPage();
  await signInAs(owner, "nurse@larchwood.example", DEMO_PASSWORD);
  await owner.goto("/notifications");
  const href = await owner
    .getByRole("link", { name: "Welcome to the Elmshire coalition" })
    .getAttribute("href");
  await owner.close();

  await signInAs(page, MOORSIDE, DEMO_PASSWORD);
  const response = await page.request.get(href!, { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  await page.goto("/notifications");
  await expect(page.getByRole("link", { name: "Welcome to the Elmshire coalition" })).toHaveCount(
    1,
  );
});

test("someone chooses on their account page not to be emailed about notifications, then changes back", async ({
  page,
  expectAccessible,
}) => {
  await signInAs(page, MOORSIDE, DEMO_PASSWORD);
  await page.goto("/account");
  const immediately = page.getByLabel("Immediately, one email for each notification");
  const never = page.getByLabel("Never: I read them in the app");
  await expect(immediately).toBeChecked();

  await never.check();
  await page.getByRole("button", { name: "Save email choice" }).click();
  await expect(page.getByText("Your choice of notification emails has been saved.")).toBeVisible();
  await expect(never).toBeChecked();
  await expectAccessible();

  await immediately.check();
  await page.getByRole("button", { name: "Save email choice" }).click();
  await expect(page.getByText("Your choice of notification emails has been saved.")).toBeVisible();
  await expect(immediately).toBeChecked();
});

test("a platform admin sees the scheduled jobs and runs one at once", async ({
  page,
  expectAccessible,
}) => {
  await signInAs(page, "admin@elmshire.example", DEMO_PASSWORD);
  await page.goto("/admin/jobs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scheduled jobs");
  const job = page
    .getByTestId("job")
    .filter({ hasText: "Clears the one-time link of emails a mail server has taken" });
  await expect(job).toContainText("Every hour");
  await expectAccessible();

  await job.getByRole("button", { name: /^Run now/ }).click();

  await expect(job.getByRole("status")).toHaveText(/^Done: Cleared the link of \d+ emails?\.$/);
  await expect(job).not.toContainText("Not run yet");
  await expect(job).toContainText(/Cleared the link of \d+ emails?\./);
});

test("members are refused the jobs page; programme leads see it", async ({ page, browser }) => {
  await signInAs(page, "nurse@larchwood.example", DEMO_PASSWORD);
  expect((await page.goto("/admin/jobs"))?.status()).toBe(403);

  const lead = await browser.newPage();
  await signInAs(lead, "lead@elmshire.example", DEMO_PASSWORD);
  expect((await lead.goto("/admin/jobs"))?.status()).toBe(200);
  await expect(lead.getByTestId("job")).not.toHaveCount(0);
  await lead.close();
});
