import { describe, expect, it } from "vitest";

import { hashPassword, isCommonPassword, verifyPassword } from "@/lib/auth/password";
import { newPasswordSchema, signInSchema } from "@/lib/auth/schemas";

describe("passwords", () => {
  it("are hashed with Argon2id and verified", async () => {
    const hash = await hashPassword("a long enough passphrase");

    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "a long enough passphrase")).toBe(true);
    expect(await verifyPassword(hash, "a long enough passphrasE")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });

  it("must be 8 to 128 characters, with no composition rules", () => {
    expect(newPasswordSchema.safeParse("short").success).toBe(false);
    expect(newPasswordSchema.safeParse("all lower case words").success).toBe(true);
    expect(newPasswordSchema.safeParse("x".repeat(128)).success).toBe(true);
    expect(newPasswordSchema.safeParse("x".repeat(129)).success).toBe(false);
  });

  it("are checked against the list of common passwords", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("Qwerty123")).toBe(true);
    expect(isCommonPassword("heather lane discharge")).toBe(false);
  });
});

describe("the sign-in form's schema", () => {
  it("lower-cases and trims the email and names each missing field", () => {
    expect(signInSchema.parse({ email: "  Lead@Elmshire.Example ", password: "x" }).email).toBe(
      "lead@elmshire.example",
    );
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Enter your email address",
      "Enter your password",
    ]);
  });
});
