import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

// A member flags a post; the lead hides it from the review queue. The demo has a post flagged by
// one person (for confidential information), which the nurse flags too.
test.describe.configure({ mode: "default" });

const LEAD = "lead@elmshire.example";
const NURSE = "nurse@larchwood.example";

test("a member flags a post, and the lead hides it from the review queue", async ({
  page,
  browser,
  expectAccessible,
}) => {
  // The lead finds the post once flagged in the queue, to know which post is meant.
  await signInAs(page, LEAD, DEMO_PASSWORD);
  await page.goto("/forums/review");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forum review queue");
  const once = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "1 flag" }) });
  const link = once.first().getByRole("heading", { level: 2 }).getByRole("link");
  const href = await link.getAttribute("href");
  const postNumber = /#post-(\d+)$/.exec(href ?? "")?.[1];
  expect(postNumber).toBeTruthy();

  // The nurse flags it from the topic.
  const nurse = await browser.newPage();
  await signInAs(nurse, NURSE, DEMO_PASSWORD);
  await nurse.goto(href!);
  const post = nurse.locator(`#post-${postNumber}`);
  await post.getByText("Flag this post").click();
  await post.getByRole("button", { name: "Send flag" }).click();
  await expect(post.getByText("Choose why you are flagging this post").first()).toBeVisible();
  await post.getByLabel("Off topic").check();
  await post.getByLabel("A note for the moderators (optional)").fill("Not about discharge.");
  await post.getByRole("button", { name: "Send flag" }).click();
  await expect(post.getByRole("status")).toHaveText(
    "Thank you. A moderator will review this post.",
  );
  await nurse.close();

  // The lead sees both flags and hides the post.
  await page.reload();
  const card = page.getByRole("listitem").filter({ has: page.locator(`a[href="${href}"]`) });
  await expect(card.getByRole("heading", { name: "2 flags" })).toBeVisible();
  await expect(card.getByText("Not about discharge.")).toBeVisible();
  await expectAccessible();
  await card.getByRole("button", { name: /^Hide post / }).click();
  await expect(page.getByText("Hidden: only moderators see the post.")).toBeVisible();
  await page.reload();
  await expect(page.locator(`a[href="${href}"]`)).toHaveCount(0);
});
