import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

// The forums' journey: a nurse asks a question with the editor (keyboard only), mentioning a
// colleague; the colleague is notified and answers; the nurse accepts the answer; a lead moves
// the topic. One topic, passed along: the steps run in order.
test.describe.configure({ mode: "serial" });

const NURSE = "nurse@larchwood.example";
const COLLEAGUE = "manager@larchwood.example";
const LEAD = "lead@elmshire.example";
const TITLE = `Care home access to the record, asked ${Date.now().toString(36)}`;
let topicPath = "";

test("a nurse asks a question with the keyboard alone, mentioning a colleague", async ({
  page,
  expectAccessible,
}) => {
  await signInAs(page, NURSE, DEMO_PASSWORD);
  await page.goto("/forums/c/shared-care-record");
  await page.getByRole("link", { name: "Start a topic in Shared care record" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start a topic");
  await expect(page.getByLabel("Category")).toHaveValue(/.+/);

  await page.getByLabel("Title").focus();
  await page.keyboard.type(TITLE);
  await page.keyboard.press("Tab");
  await page.keyboard.type("care homes, access");
  // Tags, then the Write tab, then the formatting buttons, then the text.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("tab", { name: "Write" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Bold" })).toBeFocused();
  await page.keyboard.press("Enter");
  const body = page.getByRole("textbox", { name: "Your post" });
  await expect(body).toBeFocused();
  await page.keyboard.type("urgently");
  await page.keyboard.press("End");
  await page.keyboard.type(" need read access for our nurses. @sam.okafor, how did you do it?");
  await expect(body).toHaveValue(
    "**urgently** need read access for our nurses. @sam.okafor, how did you do it?",
  );

  await page.getByRole("tab", { name: "Write" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Preview" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel").locator("strong")).toHaveText("urgently");
  await expect(page.getByText("Draft saved")).toBeVisible();
  await expectAccessible();
  await page.keyboard.press("ArrowLeft");
  await expect(body).toBeVisible();

  await page.getByRole("button", { name: "Start the topic" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.locator("#post-1").locator("strong")).toHaveText("urgently");
  topicPath = new URL(page.url()).pathname;
});

test("the colleague is notified, and answers", async ({ page }) => {
  await signInAs(page, COLLEAGUE, DEMO_PASSWORD);
  await page.goto("/notifications");
  const notification = page.getByTestId("notification").filter({ hasText: TITLE });
  await expect(notification).toHaveCount(1);
  await notification.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  await page
    .getByRole("textbox", { name: "Your reply" })
    .fill("We asked the ICB's shared care record team for read-only accounts. It took two weeks.");
  await page.getByRole("button", { name: "Post your reply" }).click();
  await expect(page.locator("#post-2")).toContainText("read-only accounts");

  // Replying tracks the topic; the colleague chooses to watch it instead.
  await page.reload();
  await page.getByText("Notifications for this topic: Tracking").click();
  const watching = page.getByRole("form", { name: "Notifications for this topic" });
  await watching.getByLabel("Watching: tell me about every new post").check();
  await watching.getByRole("button", { name: "Save" }).click();
  await expect(watching.getByRole("status")).toHaveText("Saved: you are now watching this topic.");
  await expect(page.getByText("Notifications for this topic: Watching")).toBeVisible();
});

test("the nurse accepts the answer", async ({ page }) => {
  await signInAs(page, NURSE, DEMO_PASSWORD);
  await page.goto(topicPath);
  await page.getByRole("button", { name: "Accept as the answer (post 2)" }).click();
  const answer = page.getByRole("complementary", { name: "Accepted answer" });
  await expect(answer).toContainText("read-only accounts");
  await expect(page.getByText("Solved", { exact: true })).toBeVisible();
});

test("a lead moves the topic to another category", async ({ page }) => {
  await signInAs(page, LEAD, DEMO_PASSWORD);
  await page.goto(topicPath);
  await page
    .getByLabel("Move the topic to")
    .selectOption({ label: "Discharge and transfers of care" });
  await page.getByRole("button", { name: "Move the topic" }).click();
  await expect(
    page.getByRole("link", { name: "Back to Discharge and transfers of care" }),
  ).toBeVisible();
  await page.goto("/forums/c/discharge-and-transfers");
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
});
