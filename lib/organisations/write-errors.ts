import "server-only";

import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Throws what a failed write of an organisation's details means to the person who sent them: a
 * clash of ODS codes or a place that has gone are field errors; anything else is passed on as is.
 */
export function throwOrganisationWriteError(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new AppError("CONFLICT", "Another organisation has that ODS code.", {
      odsCode: ["Another organisation has that ODS code"],
    });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
    throw placeMissing();
  }
  throw error;
}

export const placeMissing = () =>
  new AppError("VALIDATION", "Select a place.", { placeId: ["Select a place"] });
