import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findFreePort, type RunningServer, startServer } from "@/bench/server";
import { signIn } from "@/bench/session";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/open";

import { createTestDatabase, serverUrl, type TestDatabase } from "../support/test-database";

// Several app processes behind a load balancer on one PostgreSQL server: a change made through
// one process is seen at once through the other, cached derived data (a pathway's content and
// readiness, kept in each process's memory) included. Starts the built app twice, so it runs
// where there is a build and a PostgreSQL server (CI's PostgreSQL phase) and skips elsewhere.
const root = process.cwd();
const built = existsSync(path.join(root, ".next", "BUILD_ID"));
const EMAIL = "lead@two-processes.invalid";
const PASSWORD = "two processes, one database";
const NO_NEED = "The receiving side has recorded no data need for this data from the sender.";

function formFields(html: string, button: string): FormData {
  const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/g)?.find((f) => f.includes(button));
  if (!form) throw new Error(`No form with a "${button}" button`);
  const unescape = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const data = new FormData();
  for (const [input] of form.matchAll(/<input[^>]*>/g)) {
    const name = input.match(/name="([^"]*)"/)?.[1];
    if (name) data.append(unescape(name), unescape(input.match(/value="([^"]*)"/)?.[1] ?? ""));
  }
  return data;
}

const flowRows = (html: string) => html.split('data-testid="flow-row"').length - 1;

describe.skipIf(!serverUrl || !built)("two app processes on one PostgreSQL server", () => {
  let test: TestDatabase;
  let database: Database;
  const servers: RunningServer[] = [];
  let cookie: string;
  const ids = { pathway: "", flow: "", sender: "", receiver: "", category: "" };

  beforeAll(async () => {
    test = await createTestDatabase();
    database = await test.migrate();
    const { prisma } = database;
    const place = await prisma.place.create({ data: { name: "Twofold" } });
    const [sender, receiver] = await Promise.all(
      ["Twofold Surgery", "Twofold Care Home"].map((name, index) =>
        prisma.organisation.create({
          data: { name, type: index === 0 ? "GP_PRACTICE" : "CARE_HOME", placeId: place.id },
        }),
      ),
    );
    const category = await prisma.dataCategory.create({ data: { name: "Twofold medicines" } });
    const lead = await prisma.user.create({
      data: {
        email: EMAIL,
        name: "Twofold Lead",
        role: "PROGRAMME_LEAD",
        passwordHash: await hashPassword(PASSWORD),
      },
    });
    const pathway = await prisma.pathway.create({
      data: { name: "Twofold pathway", population: "Everyone", purpose: "Two", ownerId: lead.id },
    });
    const steps = await Promise.all(
      [sender!, receiver!].map((organisation, index) =>
        prisma.pathwayStep.create({
          data: {
            pathwayId: pathway.id,
            name: `Twofold step ${index + 1}`,
            performerRole: "Someone",
            position: index + 1,
            organisationId: organisation.id,
          },
        }),
      ),
    );
    const flows = await Promise.all(
      ["First", "Second"].map((purpose) =>
        prisma.informationFlow.create({
          data: {
            pathwayId: pathway.id,
            fromStepId: steps[0]!.id,
            toStepId: steps[1]!.id,
            purpose,
            timeliness: "SAME_DAY",
            mechanism: "API",
            currentState: "FULLY_DIGITAL",
            categories: { create: { dataCategoryId: category.id } },
          },
        }),
      ),
    );
    Object.assign(ids, {
      pathway: pathway.id,
      flow: flows[0]!.id,
      sender: sender!.id,
      receiver: receiver!.id,
      category: category.id,
    });

    const secret = randomBytes(32).toString("hex");
    for (let index = 0; index < 2; index += 1) {
      const server = startServer({
        root,
        port: await findFreePort(3620 + index * 10, 3699),
        env: {
          DATABASE_URL: test.url!,
          NEXTAUTH_SECRET: secret,
          DEMO_DATA: "false",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      });
      servers.push(server);
      await server.ready("/api/health");
    }
    // One session for both: the processes share the secret, as behind a load balancer.
    cookie = await signIn(servers[0]!.url, EMAIL, PASSWORD);
  });

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await database?.close();
    await test?.dispose();
  });

  const page = async (server: RunningServer, pagePath: string) => {
    const response = await fetch(`${server.url}${pagePath}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    return response.text();
  };
  const both = () => Promise.all(servers.map((server) => page(server, `/pathways/${ids.pathway}`)));

  it("show a flow removed through one process at once through the other", async () => {
    // Both processes have read (and keep) the pathway as it is.
    for (const html of await both()) expect(flowRows(html)).toBe(2);

    const [first] = servers as [RunningServer];
    const removePath = `/pathways/${ids.pathway}/flows/${ids.flow}/remove`;
    const response = await fetch(`${first.url}${removePath}`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: first.url },
      body: formFields(await page(first, removePath), "Remove flow"),
    });
    expect(response.status).toBeLessThan(400);

    for (const html of await both()) expect(flowRows(html)).toBe(1);
  });

  it("show readiness after a data need changes, in every process", async () => {
    for (const html of await both()) expect(html).toContain(NO_NEED);

    // The receiving care home records that it needs the data from the surgery.
    await database.prisma.dataNeed.create({
      data: {
        organisationId: ids.receiver,
        teamOrRole: "Nurses",
        dataCategoryId: ids.category,
        sourceOrganisationId: ids.sender,
        timeliness: "SAME_DAY",
        purpose: "Care",
        importance: "ESSENTIAL",
        metToday: "NOT_AT_ALL",
      },
    });

    for (const html of await both()) expect(html).not.toContain(NO_NEED);
  });

  it("show a pathway renamed elsewhere in every process's pathways list", async () => {
    const lists = () => Promise.all(servers.map((server) => page(server, "/pathways")));
    // Both processes have sorted (and keep) the list as it is.
    for (const html of await lists()) expect(html).toContain("Twofold pathway");

    await database.prisma.pathway.update({
      where: { id: ids.pathway },
      data: { name: "Twofold pathway, renamed" },
    });

    for (const html of await lists()) expect(html).toContain("Twofold pathway, renamed");
  });

  it("show an organisation renamed elsewhere in every process's directory", async () => {
    const directories = () => Promise.all(servers.map((server) => page(server, "/organisations")));
    // Both processes have read (and keep) the directory's first page as it is.
    for (const html of await directories()) expect(html).toContain("Twofold Surgery");

    await database.prisma.organisation.update({
      where: { id: ids.sender },
      data: { name: "Twofold Medical Centre" },
    });

    for (const html of await directories()) {
      expect(html).toContain("Twofold Medical Centre");
      expect(html).not.toContain("Twofold Surgery");
    }
  });
});
