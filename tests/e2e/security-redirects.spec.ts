import { DEMO_PASSWORD } from "@/lib/db/seed/demo-accounts";

import { expect, signInAs, test } from "./fixtures";

// Finding 1 of the security review: callbackUrl values that browsers open as another site.
const PAYLOADS = [
  "/\\evil.example",
  "/\t/evil.example",
  "/\\/evil.example",
  "//evil.example",
  "https://evil.example/",
  "javascript:alert(document.domain)",
  "/\r\n/evil.example",
];

const MEMBER = "nurse@larchwood.example";

test.describe("open redirects", () => {
  for (const payload of PAYLOADS) {
    test(`signing in with callbackUrl ${JSON.stringify(payload)} stays on the site`, async ({
      page,
      baseURL,
    }) => {
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const address = `/sign-in?callbackUrl=${encodeURIComponent(payload)}`;

      // Signed out: the form's own redirect after signing in.
      await page.goto(address);
      await page.getByLabel("Email address").fill(MEMBER);
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toHaveCount(0);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

      // Signed in: the server's redirect, never a 500.
      const response = await page.goto(address);
      expect(response?.status()).toBeLessThan(500);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(dialogs).toEqual([]);
    });
  }

  test("a signed-in person sent to sign in again goes to a path of this site", async ({
    page,
    baseURL,
  }) => {
    await signInAs(page, MEMBER, DEMO_PASSWORD);
    const response = await page.request.get("/sign-in?callbackUrl=%2F%5Cevil.example", {
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    const location = response.headers()["location"] ?? "";
    expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
    expect(location).not.toContain("\\");
  });

  for (const path of ["/api/auth/signin", "/api/auth/error"]) {
    test(`${path} with a callbackUrl of another site stays on the site`, async ({
      page,
      baseURL,
    }) => {
      for (const payload of PAYLOADS) {
        const response = await page.goto(`${path}?callbackUrl=${encodeURIComponent(payload)}`);
        expect(response?.status(), payload).toBeLessThan(500);
        expect(new URL(page.url()).origin, payload).toBe(new URL(baseURL!).origin);
      }
    });
  }
});
