// Creates a platform admin: npm run admin:create -- --email you@example.nhs.uk --name "Your Name"
// The password comes from ADMIN_PASSWORD, or is asked for (it is not echoed).
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

import { ZodError } from "zod";

import { closeDatabase } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createPlatformAdmin } from "@/lib/users/create-platform-admin";

async function askPassword(): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: write nothing back but the prompt.
  (prompt as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
    if (text.includes("Password")) process.stdout.write(text);
  };
  const password = await prompt.question("Password (at least 8 characters): ");
  prompt.close();
  process.stdout.write("\n");
  return password;
}

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
try {
  const password = process.env.ADMIN_PASSWORD ?? (await askPassword());
  const user = await createPlatformAdmin({
    email: values.email ?? "",
    name: values.name ?? "",
    password,
  });
  console.log(`Created platform admin ${user.email}.`);
} catch (error) {
  if (error instanceof ZodError) {
    for (const issue of error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  } else {
    console.error(error instanceof AppError ? error.message : error);
  }
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
