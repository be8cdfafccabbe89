import { z } from "zod";

import { optionalText, requiredText, searchText, singleLine } from "@/lib/validation/text";

import { engagementLevels } from "@/lib/engagement/labels";
import type {
  EngagementLevel,
  OrganisationType,
  SizeBand,
  SystemCategory,
} from "@/lib/generated/prisma/enums";

import { organisationTypes, sizeBands, systemCategories } from "./types";

export const DIRECTORY_PAGE_SIZE = 25;

export const directorySorts = ["name", "type", "place", "engagement"] as const;
export type DirectorySort = (typeof directorySorts)[number];

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);

/**
 * The directory's search, filters, sort and page, read from the address bar. Anything unknown
 * falls back to the default rather than failing: a hand-edited link still shows the directory.
 */
export const directoryQuerySchema = z.object({
  q: searchText(),
  type: optionalEnum(organisationTypes as [string, ...string[]]),
  place: z.uuid().optional().catch(undefined),
  engagement: optionalEnum(engagementLevels as [string, ...string[]]),
  /** Only for people who see archived organisations: active ones, archived ones, or both. */
  status: optionalEnum(["active", "archived"] as const),
  sort: z.enum(directorySorts).default("name").catch("name"),
  order: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

// ODS codes are 3 to 6 letters and digits (trusts ZZR01, practices A12345, care homes VM4T1).
const ODS_CODE = /^[A-Z0-9]{3,6}$/;
// The shape of a UK postcode, space optional: SW1A 1AA, M1 1AE, B33 8TH.
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/;

/** An organisation's details, as the edit form sends them. Shared by the form and the server. */
export const organisationDetailsSchema = z.object({
  name: requiredText(200, "Enter the organisation's name", "Name must be 200 characters or fewer"),
  odsCode: optionalText(6, "ODS code must be 6 characters or fewer")
    .transform((value) => value?.toUpperCase() ?? null)
    .refine(
      (value) => value === null || ODS_CODE.test(value),
      "ODS code must be 3 to 6 letters and numbers, like ZZR01",
    ),
  type: z.enum(organisationTypes as [OrganisationType, ...OrganisationType[]], {
    message: "Select the type of organisation",
  }),
  placeId: z.uuid("Select a place"),
  /**
   * Where the organisation stands on the engagement scale. The details form leaves it alone (it
   * changes on the engagement page, with a reason); a new organisation starts unaware, and an
   * import may set it.
   */
  engagementCurrent: z
    .enum(engagementLevels as [EngagementLevel, ...EngagementLevel[]], {
      message: "Select how engaged the organisation is",
    })
    .default("UNAWARE"),
  address: optionalText(300, "Address must be 300 characters or fewer"),
  postcode: optionalText(8, "Enter a real postcode, like LS1 4AP")
    .transform((value) => value?.toUpperCase() ?? null)
    .refine(
      (value) => value === null || POSTCODE.test(value),
      "Enter a real postcode, like LS1 4AP",
    ),
  website: optionalText(300, "Website address must be 300 characters or fewer").refine(
    (value) => value === null || /^https?:\/\/[^\s]+\.[^\s]+$/.test(value),
    "Enter a website address starting with https://",
  ),
  sizeBand: z
    .enum(sizeBands as [SizeBand, ...SizeBand[]])
    .nullable()
    .or(z.literal("").transform(() => null)),
});
export type OrganisationDetailsInput = z.input<typeof organisationDetailsSchema>;
export type OrganisationDetails = z.output<typeof organisationDetailsSchema>;

/** What an organisation admin may change; type, place and engagement are the programme's call. */
export const fieldsForOrganisationAdmins = [
  "name",
  "address",
  "postcode",
  "website",
  "sizeBand",
] as const;

/** A new place (locality) within the coalition. */
export const placeSchema = z.object({
  name: singleLine(100, "Enter the place's name", "Name must be 100 characters or fewer"),
});
export type PlaceInput = z.input<typeof placeSchema>;
export type PlaceDetails = z.output<typeof placeSchema>;

/** A system an organisation runs, as the add and change forms send it. */
export const systemInUseSchema = z.object({
  category: z.enum(systemCategories as [SystemCategory, ...SystemCategory[]], {
    message: "Select the kind of system",
  }),
  supplier: singleLine(
    100,
    "Enter the supplier, such as the company that sells the system",
    "Supplier must be 100 characters or fewer",
  ),
  product: singleLine(100, "Enter the product's name", "Product must be 100 characters or fewer"),
  notes: optionalText(500, "Notes must be 500 characters or fewer"),
});
export type SystemInUseInput = z.input<typeof systemInUseSchema>;
export type SystemInUseDetails = z.output<typeof systemInUseSchema>;

/**
 * A UK telephone number, read leniently: spaces, dashes, dots, brackets and a "(0)" after +44 are
 * allowed; what is left must be a national number (0 and 9 or 10 digits) or +44 / 0044 and the
 * same without its 0.
 */
export function isUkPhoneNumber(value: string): boolean {
  const compact = value.replace(/\(0\)/g, "").replace(/[\s\-.()]/g, "");
  return /^(?:0|\+44|0044)\d{9,10}$/.test(compact);
}

/** Someone to talk to at an organisation about the programme. */
export const keyContactSchema = z.object({
  name: singleLine(120, "Enter the contact's name", "Name must be 120 characters or fewer"),
  role: singleLine(
    120,
    "Enter their role in the programme, such as Caldicott guardian",
    "Role must be 120 characters or fewer",
  ),
  email: optionalText(254, "Email address must be 254 characters or fewer").refine(
    (value) => value === null || z.email().safeParse(value).success,
    "Enter an email address in the correct format, like name@example.nhs.uk",
  ),
  phone: optionalText(30, "Enter a UK telephone number, like 01632 960 001").refine(
    (value) => value === null || isUkPhoneNumber(value),
    "Enter a UK telephone number, like 01632 960 001",
  ),
});
export type KeyContactInput = z.input<typeof keyContactSchema>;
export type KeyContactDetails = z.output<typeof keyContactSchema>;
