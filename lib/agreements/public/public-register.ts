import "server-only";

import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  AgreementStatus,
  AgreementType,
  Article6Basis,
  Article9Condition,
  ConfidentialityBasis,
  SharingUse,
} from "@/lib/generated/prisma/enums";

// The public register: published agreements for anyone, signed in or not. It shows parties,
// purpose, data categories, legal bases and dates, and never contacts, signatories or signatures:
// each query selects only those fields, so nothing private is ever read for these pages.

export const PUBLIC_PAGE_SIZE = 50;

export interface PublicAgreementSummary {
  reference: string;
  title: string;
  type: AgreementType;
  status: AgreementStatus;
  parties: string[];
  startDate: Date | null;
  reviewDate: Date | null;
  endDate: Date | null;
}

export interface PublicAgreement extends PublicAgreementSummary {
  purposes: string;
  necessity: string;
  benefits: string;
  use: SharingUse;
  dataSubjects: string;
  specialCategoryData: boolean;
  confidentialityBasis: ConfidentialityBasis | null;
  statutoryPowers: string;
  dataCategories: string[];
  legalBases: {
    organisation: string;
    article6Basis: Article6Basis | null;
    article9Condition: Article9Condition | null;
    schedule1Condition: string | null;
  }[];
}

/** Published agreements the public may see: not drafts, nor those never signed. */
const publicWhere = {
  published: true,
  status: { in: ["ACTIVE", "REVIEW_DUE", "EXPIRED", "TERMINATED", "SUPERSEDED"] },
} satisfies Prisma.AgreementWhereInput;

const summarySelect = {
  reference: true,
  title: true,
  type: true,
  status: true,
  startDate: true,
  reviewDate: true,
  endDate: true,
  parties: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
} satisfies Prisma.AgreementSelect;

export async function listPublicAgreements(
  page: number,
): Promise<{ items: PublicAgreementSummary[]; total: number; page: number; pageSize: number }> {
  const prisma = await getPrisma();
  const total = await prisma.agreement.count({ where: publicWhere });
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.agreement.findMany({
    where: publicWhere,
    orderBy: { reference: "asc" },
    skip: (current - 1) * PUBLIC_PAGE_SIZE,
    take: PUBLIC_PAGE_SIZE,
    select: summarySelect,
  });
  return {
    items: rows.map(({ parties, ...row }) => ({
      ...row,
      parties: parties.map((party) => party.organisation.name),
    })),
    total,
    page: current,
    pageSize: PUBLIC_PAGE_SIZE,
  };
}

export async function getPublicAgreement(reference: string): Promise<PublicAgreement | null> {
  if (reference.length === 0 || reference.length > 100) return null;
  const prisma = await getPrisma();
  const row = await prisma.agreement.findFirst({
    where: { ...publicWhere, reference },
    select: {
      ...summarySelect,
      purposes: true,
      necessity: true,
      benefits: true,
      use: true,
      dataSubjects: true,
      specialCategoryData: true,
      confidentialityBasis: true,
      statutoryPowers: true,
      dataCategories: { select: { dataCategory: { select: { name: true } } } },
      parties: {
        orderBy: { position: "asc" },
        select: {
          organisation: { select: { name: true } },
          article6Basis: true,
          article9Condition: true,
          schedule1Condition: true,
        },
      },
    },
  });
  if (!row) return null;
  const { parties, dataCategories, ...rest } = row;
  return {
    ...rest,
    parties: parties.map((party) => party.organisation.name),
    dataCategories: dataCategories.map((c) => c.dataCategory.name).sort(),
    legalBases: parties.map(({ organisation, ...bases }) => ({
      organisation: organisation.name,
      ...bases,
    })),
  };
}
