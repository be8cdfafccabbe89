import { describe, expect, it } from "vitest";

import {
  isUkPhoneNumber,
  keyContactSchema,
  placeSchema,
  systemInUseSchema,
} from "@/lib/organisations/schemas";

const fieldsWithErrors = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[] }[] };
}) => (result.error?.issues ?? []).map((issue) => String(issue.path[0])).sort();

describe("a system in use", () => {
  it("tidies supplier and product so that the same system is spelt one way", () => {
    expect(
      systemInUseSchema.parse({
        category: "GP_SYSTEM",
        supplier: "  Meridian \t Health   Systems ",
        product: " Meridian  GP",
        notes: "   ",
      }),
    ).toEqual({
      category: "GP_SYSTEM",
      supplier: "Meridian Health Systems",
      product: "Meridian GP",
      notes: null,
    });
  });

  it("needs a known kind, a supplier and a product, each of a sensible length", () => {
    const result = systemInUseSchema.safeParse({
      category: "",
      supplier: " ",
      product: "p".repeat(101),
      notes: "n".repeat(501),
    });
    expect(fieldsWithErrors(result)).toEqual(["category", "notes", "product", "supplier"]);
    expect(result.error?.issues.find((issue) => issue.path[0] === "supplier")?.message).toBe(
      "Enter the supplier, such as the company that sells the system",
    );
  });

  it("takes exactly 100 characters of supplier", () => {
    expect(
      systemInUseSchema.safeParse({
        category: "EHR",
        supplier: "s".repeat(100),
        product: "EPR",
        notes: "",
      }).success,
    ).toBe(true);
  });
});

describe("a key contact", () => {
  const contact = (overrides: Record<string, unknown> = {}) => ({
    name: "Nia Roberts",
    role: "Caldicott guardian",
    email: "",
    phone: "",
    ...overrides,
  });

  it("needs a name and a role; email and telephone are optional", () => {
    expect(keyContactSchema.parse(contact())).toEqual({
      name: "Nia Roberts",
      role: "Caldicott guardian",
      email: null,
      phone: null,
    });
    expect(fieldsWithErrors(keyContactSchema.safeParse(contact({ name: "", role: "  " })))).toEqual(
      ["name", "role"],
    );
  });

  it("checks the format of an email address", () => {
    expect(
      keyContactSchema.safeParse(contact({ email: " nia@trust.example.nhs.uk " })).data?.email,
    ).toBe("nia@trust.example.nhs.uk");
    for (const email of ["nia", "nia@", "@trust.example", "nia roberts@trust.example"]) {
      expect(fieldsWithErrors(keyContactSchema.safeParse(contact({ email }))), email).toEqual([
        "email",
      ]);
    }
  });

  it("refuses a telephone number that is not a UK one", () => {
    expect(
      fieldsWithErrors(keyContactSchema.safeParse(contact({ phone: "ring the office" }))),
    ).toEqual(["phone"]);
  });
});

describe("UK telephone numbers, read leniently", () => {
  it.each([
    "01632 960001",
    "01632960001",
    "020 7946 0000",
    "(020) 7946-0000",
    "07700 900123",
    "0113 496 0000",
    "+44 20 7946 0000",
    "+44 (0)20 7946 0000",
    "0044 1632 960001",
    "0800 123 456",
  ])("accepts %s", (number) => {
    expect(isUkPhoneNumber(number)).toBe(true);
  });

  it.each(["123", "01632", "+1 212 555 0100", "020 7946 0000 0000", "phone me", "44 20 7946 0000"])(
    "refuses %s",
    (number) => {
      expect(isUkPhoneNumber(number)).toBe(false);
    },
  );
});

describe("a place", () => {
  it("is a tidied name of at most 100 characters", () => {
    expect(placeSchema.parse({ name: "  Upper   Dale " })).toEqual({ name: "Upper Dale" });
    expect(placeSchema.safeParse({ name: "" }).success).toBe(false);
    expect(placeSchema.safeParse({ name: "x".repeat(101) }).success).toBe(false);
  });
});
