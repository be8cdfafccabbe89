import { randomUUID } from "node:crypto";

import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { organisationTypeLabels, organisationTypes } from "@/lib/organisations/types";

/** How much data to generate. Add a field here when a feature adds a model worth scaling. */
export interface DatasetSize {
  organisations: number;
  places: number;
}

/** The ids of every row the generators inserted, so that the rows can be removed again. */
export interface Dataset {
  size: DatasetSize;
  placeIds: string[];
  organisationIds: string[];
  /** The programme lead the benchmark signs in as, for pages behind sign-in. */
  userId: string;
  /** How many distinct organisation types the organisations have. */
  typeCount: number;
}

const BATCH_SIZE = 1_000;

export const BENCH_EMAIL = "bench@coalition.invalid";
export const BENCH_PASSWORD = "benchmark passphrase, never real";

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await insert(rows.slice(start, start + BATCH_SIZE));
  }
}

/** A small deterministic generator (mulberry32), so every run builds the same dataset. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const placeStems = ["North", "South", "East", "West", "Upper", "Lower", "Great", "Little"];
const placeEndings = ["moor", "vale", "brook", "field", "ford", "ham", "wick", "ton"];

function placeName(index: number): string {
  const stem = placeStems[index % placeStems.length] ?? "";
  const ending = placeEndings[Math.floor(index / placeStems.length) % placeEndings.length] ?? "";
  const round = Math.floor(index / (placeStems.length * placeEndings.length));
  return round === 0 ? `${stem}${ending}` : `${stem}${ending} ${round + 1}`;
}

interface PlaceRow {
  id: string;
  name: string;
}

export async function insertPlaces(prisma: PrismaClient, count: number): Promise<PlaceRow[]> {
  const rows = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    name: placeName(index),
  }));
  await inBatches(rows, (data) => prisma.place.createMany({ data }));
  return rows;
}

// Roughly how common each type is in a real system: many practices, homes and pharmacies, few
// trusts. Types not listed here weigh 1.
const typeWeights: Partial<Record<OrganisationType, number>> = {
  GP_PRACTICE: 30,
  CARE_HOME: 25,
  PHARMACY: 20,
  HOME_CARE_PROVIDER: 10,
  VOLUNTARY_AND_COMMUNITY_SECTOR: 10,
  PRIMARY_CARE_NETWORK: 4,
  HOSPICE: 2,
};

function typePicker(next: () => number): (index: number) => OrganisationType {
  const weighted = organisationTypes.flatMap((type) =>
    Array.from({ length: typeWeights[type] ?? 1 }, () => type),
  );
  // The first organisations take each type once, so every type is present.
  return (index) =>
    organisationTypes[index] ?? weighted[Math.floor(next() * weighted.length)] ?? "OTHER";
}

/** Fictional ODS-like codes: "ZB" (for bench) and the index in base 36, unique by construction. */
function odsCode(index: number): string {
  return `ZB${index.toString(36).toUpperCase().padStart(4, "0")}`;
}

export async function insertOrganisations(
  prisma: PrismaClient,
  count: number,
  places: PlaceRow[],
): Promise<{ id: string; type: OrganisationType }[]> {
  const pickType = typePicker(random(20_261_122));
  const rows = Array.from({ length: count }, (_, index) => {
    const type = pickType(index);
    // Spread evenly over the places.
    const place = places[index % places.length];
    if (!place) throw new Error("Organisations need at least one place");
    return {
      id: randomUUID(),
      // The index keeps names unique.
      name: `${place.name} ${organisationTypeLabels[type]} ${index + 1}`,
      odsCode: odsCode(index),
      type,
      placeId: place.id,
    };
  });
  await inBatches(rows, (data) => prisma.organisation.createMany({ data }));
  return rows;
}

/** Fills an empty database with a generated dataset of the given size. */
export async function fillDataset(prisma: PrismaClient, size: DatasetSize): Promise<Dataset> {
  const places = await insertPlaces(prisma, size.places);
  const organisations = await insertOrganisations(prisma, size.organisations, places);
  const user = await prisma.user.create({
    data: {
      email: BENCH_EMAIL,
      name: "Benchmark Lead",
      role: "PROGRAMME_LEAD",
      passwordHash: await hashPassword(BENCH_PASSWORD),
    },
  });
  return {
    size,
    userId: user.id,
    placeIds: places.map((place) => place.id),
    organisationIds: organisations.map((organisation) => organisation.id),
    typeCount: new Set(organisations.map((organisation) => organisation.type)).size,
  };
}

/** Removes exactly the rows fillDataset inserted, children first. */
export async function removeDataset(prisma: PrismaClient, dataset: Dataset): Promise<void> {
  await prisma.user.delete({ where: { id: dataset.userId } });
  await inBatches(dataset.organisationIds, (ids) =>
    prisma.organisation.deleteMany({ where: { id: { in: ids } } }),
  );
  await inBatches(dataset.placeIds, (ids) =>
    prisma.place.deleteMany({ where: { id: { in: ids } } }),
  );
}

/** Whether the database holds any rows the generators would write to. */
export async function hasData(prisma: PrismaClient): Promise<boolean> {
  const [places, organisations] = await Promise.all([
    prisma.place.count(),
    prisma.organisation.count(),
  ]);
  return places > 0 || organisations > 0;
}
