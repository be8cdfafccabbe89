import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { changeOwnPassword } from "@/lib/account/change-password";
import { getAccount } from "@/lib/account/get-account";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { updateAccountDetails } from "@/lib/account/update-details";
import { verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";

import { createOrganisation, createUser } from "../support/factories";
import { asActor, auditOf } from "../support/people-factories";

const PASSWORD = "an old but long password";
const NEW_PASSWORD = "a brand new and rather long password";

const reload = async (id: string) =>
  (await getPrisma()).user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
const actions = async (id: string) =>
  (await auditOf(await getPrisma(), "User", id)).map((event) => event.action);
// Each test signs in from its own address, so the per-address limit never joins tests up.
const fromAddress = () => ({
  ipAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});

describe("your account", () => {
  it("shows your details, how you sign in and the organisations you act for", async () => {
    const prisma = await getPrisma();
    const organisation = await createOrganisation(prisma, { name: "Alder Surgery" });
    const user = await createUser(prisma, {
      memberships: [{ organisationId: organisation.id, role: "ORG_ADMIN" }],
    });

    const account = await getAccount(asActor(user));

    expect(account).toMatchObject({
      email: user.email,
      hasPassword: false,
      usesSingleSignOn: false,
      memberships: [
        { role: "ORG_ADMIN", organisation: { id: organisation.id, name: "Alder Surgery" } },
      ],
    });
    expect(account).not.toHaveProperty("passwordHash");
  });
});

describe("changing your details", () => {
  it("saves your name and job title, audited with before and after", async () => {
    const user = await createUser(await getPrisma(), { name: "Jo Walsh" });

    await updateAccountDetails(
      asActor(user),
      { name: "  Jo   Walsh-Reid ", jobTitle: "Ward sister" },
      { requestId: "req-details" },
    );

    expect(await reload(user.id)).toMatchObject({ name: "Jo Walsh-Reid", jobTitle: "Ward sister" });
    const [event] = await auditOf(await getPrisma(), "User", user.id);
    expect(event).toMatchObject({
      action: "user.details_updated",
      actorId: user.id,
      requestId: "req-details",
      before: { name: "Jo Walsh", jobTitle: null },
      after: { name: "Jo Walsh-Reid", jobTitle: "Ward sister" },
    });
  });

  it("changes only your own account, whatever else is sent", async () => {
    const prisma = await getPrisma();
    const user = await createUser(prisma);
    const other = await createUser(prisma);

    await updateAccountDetails(asActor(user), {
      name: "Me",
      jobTitle: "",
      id: other.id,
      email: "taken@example.org",
      role: "PLATFORM_ADMIN",
    });

    expect(await reload(user.id)).toMatchObject({
      name: "Me",
      jobTitle: null,
      role: "USER",
      email: user.email,
    });
    expect((await reload(other.id)).name).toBe(other.name);
  });

  it("refuses a blank or too long name, changing nothing", async () => {
    const user = await createUser(await getPrisma());
    const before = await reload(user.id);

    await expect(
      updateAccountDetails(asActor(user), { name: " ", jobTitle: "x" }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      updateAccountDetails(asActor(user), { name: "n".repeat(121), jobTitle: null }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(updateAccountDetails(asActor(user), "not an object")).rejects.toBeInstanceOf(
      ZodError,
    );

    expect(await reload(user.id)).toEqual(before);
    expect(await actions(user.id)).toEqual([]);
  });

  it("writes nothing when nothing changed", async () => {
    const user = await createUser(await getPrisma(), { name: "Same" });
    await updateAccountDetails(asActor(user), { name: "Same", jobTitle: "" });
    expect(await actions(user.id)).toEqual([]);
  });
});

describe("changing your password", () => {
  const change = (overrides: Record<string, unknown> = {}) => ({
    currentPassword: PASSWORD,
    newPassword: NEW_PASSWORD,
    confirmNewPassword: NEW_PASSWORD,
    ...overrides,
  });

  it("stores a new Argon2id hash and ends every session of the account", async () => {
    const user = await createUser(await getPrisma(), { password: PASSWORD });

    await changeOwnPassword(asActor(user), change(), { requestId: "req-pw", ...fromAddress() });

    const after = await reload(user.id);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash!, PASSWORD)).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const [event] = await auditOf(await getPrisma(), "User", user.id);
    expect(event).toMatchObject({
      action: "auth.password_changed",
      actorId: user.id,
      requestId: "req-pw",
    });
    expect(JSON.stringify(event)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a wrong current password on that field, audits it, and changes nothing", async () => {
    const user = await createUser(await getPrisma(), { password: PASSWORD });
    const before = await reload(user.id);

    await expect(
      changeOwnPassword(
        asActor(user),
        change({ currentPassword: "not my password" }),
        fromAddress(),
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { currentPassword: ["Your current password is not right"] },
    });

    expect(await reload(user.id)).toEqual(before);
    expect(await actions(user.id)).toEqual(["auth.password_change_failed"]);
  });

  it("counts wrong current passwords like failed sign-ins, then refuses even the right one", async () => {
    const user = await createUser(await getPrisma(), { password: PASSWORD });
    const address = fromAddress();

    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(
        changeOwnPassword(asActor(user), change({ currentPassword: `wrong ${attempt}` }), address),
      ).rejects.toMatchObject({ code: "VALIDATION" });
    }
    await expect(changeOwnPassword(asActor(user), change(), address)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });

    expect(await verifyPassword((await reload(user.id)).passwordHash!, PASSWORD)).toBe(true);
    expect((await actions(user.id)).at(-1)).toBe("auth.password_change_throttled");
  });

  it("refuses a common password, the same password, and a mismatched confirmation", async () => {
    const user = await createUser(await getPrisma(), { password: PASSWORD });
    const before = await reload(user.id);

    await expect(
      changeOwnPassword(
        asActor(user),
        change({ newPassword: "password1", confirmNewPassword: "password1" }),
        fromAddress(),
      ),
    ).rejects.toMatchObject({
      fieldErrors: { newPassword: [expect.stringMatching(/too common/)] },
    });
    await expect(
      changeOwnPassword(
        asActor(user),
        change({ newPassword: PASSWORD, confirmNewPassword: PASSWORD }),
        fromAddress(),
      ),
    ).rejects.toMatchObject({ fieldErrors: { newPassword: [expect.stringMatching(/different/)] } });
    await expect(
      changeOwnPassword(
        asActor(user),
        change({ confirmNewPassword: "something else entirely" }),
        fromAddress(),
      ),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      changeOwnPassword(
        asActor(user),
        change({ newPassword: "short", confirmNewPassword: "short" }),
        fromAddress(),
      ),
    ).rejects.toBeInstanceOf(ZodError);

    expect(await reload(user.id)).toEqual(before);
  });

  it("has no password to change for people who sign in only through single sign-on", async () => {
    const prisma = await getPrisma();
    const user = await createUser(prisma);
    await prisma.user.update({
      where: { id: user.id },
      data: { ssoIssuer: "https://login.example", ssoSubject: randomUUID() },
    });

    expect(await getAccount(asActor(user))).toMatchObject({
      hasPassword: false,
      usesSingleSignOn: true,
    });
    await expect(changeOwnPassword(asActor(user), change(), fromAddress())).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await reload(user.id)).passwordHash).toBeNull();
  });
});

describe("signing out everywhere", () => {
  it("raises the session version, audited with the request", async () => {
    const user = await createUser(await getPrisma());

    await signOutEverywhere(asActor(user), { requestId: "req-everywhere", ipAddress: "10.0.0.9" });

    expect((await reload(user.id)).sessionVersion).toBe(user.sessionVersion + 1);
    const [event] = await auditOf(await getPrisma(), "User", user.id);
    expect(event).toMatchObject({
      action: "auth.sign_out_everywhere",
      actorId: user.id,
      actorEmail: user.email,
      requestId: "req-everywhere",
      ipAddress: "10.0.0.9",
    });
  });
});
