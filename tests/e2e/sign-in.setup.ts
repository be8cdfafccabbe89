import { DEMO_PASSWORD, demoAccounts } from "@/lib/db/seed/demo-accounts";

import { saveSignIn, signInThroughForm, test } from "./fixtures";

// Each demo account signs in through the form once; `signInAs` then reuses its session.
for (const account of demoAccounts) {
  test(`${account.describes} signs in once for the whole run`, async ({ page }) => {
    await signInThroughForm(page, account.email, DEMO_PASSWORD);
    await saveSignIn(page, account.email);
  });
}
