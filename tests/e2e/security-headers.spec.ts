import { expect, type Page, test } from "@playwright/test";

import { expectStaticHeaders, expectStrictPolicy, EXTRA_ORIGIN } from "./support/security-headers";

// Every kind of response the app gives: pages, the 404, 403 and 500 pages, a route handler and a
// static file from public/.
const HTML_PAGES = [
  { path: "/", status: 200 },
  { path: "/about", status: 200 },
  { path: "/no-such-page", status: 404 },
  { path: "/diagnostics?show=forbidden", status: 403 },
  { path: "/diagnostics?show=error", status: 500 },
];
const OTHER_RESPONSES = [
  { path: "/api/health", status: 200 },
  { path: "/robots.txt", status: 200 },
];

test.describe("security headers", () => {
  for (const { path, status } of [...HTML_PAGES, ...OTHER_RESPONSES]) {
    test(`${path} has the security headers and a fresh nonce each time`, async ({ request }) => {
      const first = await request.get(path);
      const second = await request.get(path);

      for (const response of [first, second]) {
        expect(response.status()).toBe(status);
        expectStaticHeaders(response);
      }
      expect(expectStrictPolicy(first)).not.toBe(expectStrictPolicy(second));
      expect(first.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    });
  }

  for (const { path } of HTML_PAGES) {
    test(`every script on ${path} carries the response's nonce`, async ({ request }) => {
      const response = await request.get(path);
      const nonce = expectStrictPolicy(response);
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];

      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(` nonce="${nonce}"`);
    });
  }

  test("static files get the headers that do not vary", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();

    const response = await request.get(asset!);

    expect(response.status()).toBe(200);
    expectStaticHeaders(response);
  });
});

/** Collects every CSP violation the page reports, from the DOM event and from the console. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  await page.exposeFunction("reportCspViolation", (violation: string) => {
    violations.push(violation);
  });
  // Init scripts run through the DevTools protocol, so the policy under test does not block them.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (v: string) => Promise<void> })
        .reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return violations;
}

test.describe("the policy in Chromium", () => {
  for (const { path, status } of HTML_PAGES) {
    test(`${path} loads with no CSP violation and its scripts run`, async ({ page }) => {
      const violations = await watchForViolations(page);

      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await page.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      });

      // A client-side navigation needs the app's JavaScript; a full page load would clear the mark.
      const target =
        path === "/about" ? { name: "Home", url: "/" } : { name: "About", url: "/about" };
      await page
        .getByRole("navigation", { name: "Primary" })
        .getByRole("link", { name: target.name })
        .click();
      await expect(page).toHaveURL(target.url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        target.url === "/" ? "Share care information across the coalition" : "About this service",
      );
      expect(
        await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
      ).toBe(true);
      expect(violations).toEqual([]);
    });
  }

  test("an inline script without the nonce is blocked and reported", async ({ page }) => {
    const violations = await watchForViolations(page);
    // Stands in for injected markup: the server's page and headers, plus a script with no nonce.
    await page.route("**/about", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        "</body>",
        "<script>document.body.dataset.injected = 'yes'</script></body>",
      );
      await route.fulfill({ response, body });
    });

    await page.goto("/about");

    await expect.poll(() => violations).toContainEqual(expect.stringMatching(/^script-src/));
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
  });

  test("the page's own state-changing fetch passes the Origin check", async ({ page }) => {
    await page.goto("/about");

    // Chromium sets Origin itself; the health route has no POST, hence 405 rather than 403.
    const status = await page.evaluate(async () => {
      const response = await fetch("/api/health", { method: "POST" });
      return response.status;
    });

    expect(status).toBe(405);
  });
});

test.describe("the Origin check", () => {
  for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
    test(`${method} from another site is refused with 403`, async ({ request }) => {
      const response = await request.fetch("/api/health", {
        method,
        headers: { Origin: "https://evil.example" },
      });

      expect(response.status()).toBe(403);
      expectStaticHeaders(response);
      const requestId = response.headers()["x-request-id"];
      expect(await response.json()).toEqual({
        error: { code: "FORBIDDEN", message: expect.any(String) },
        requestId,
      });
    });
  }

  test("a POST with no Origin is refused", async ({ request }) => {
    const response = await request.post("/api/health");

    expect(response.status()).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  });

  test("a POST to a page from another site is refused too", async ({ request }) => {
    const response = await request.post("/about", { headers: { Origin: "https://evil.example" } });

    expect(response.status()).toBe(403);
  });

  test("a POST from the app's own origin is not refused", async ({ request, baseURL }) => {
    const response = await request.post("/api/health", {
      headers: { Origin: new URL(baseURL!).origin },
    });

    expect(response.status()).not.toBe(403);
  });

  test("a forwarded host from a client that is not a trusted proxy is not believed", async ({
    request,
  }) => {
    // The test server names no TRUSTED_PROXIES, so this is a client forging the headers a reverse
    // proxy would add; a trusted proxy's forwarded host is accepted (tests/unit/origin.test.ts).
    const response = await request.post("/api/health", {
      headers: {
        Origin: "https://coalition.nhs.example",
        "X-Forwarded-Host": "coalition.nhs.example",
        "X-Forwarded-Proto": "https",
      },
    });

    expect(response.status()).toBe(403);
  });

  test("a POST from an origin in APP_ORIGINS is not refused", async ({ request }) => {
    const response = await request.post("/api/health", { headers: { Origin: EXTRA_ORIGIN } });

    expect(response.status()).not.toBe(403);
  });

  test("GET, HEAD and OPTIONS are never refused", async ({ request }) => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      const response = await request.fetch("/api/health", {
        method,
        headers: { Origin: "https://evil.example" },
      });
      expect(response.status(), method).not.toBe(403);
    }
  });
});
