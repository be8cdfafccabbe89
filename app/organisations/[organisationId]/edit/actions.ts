"use server";

import { headers } from "next/headers";
import { ZodError } from "zod";

import { getActor } from "@/lib/auth/get-actor";
import { AppError, toErrorBody } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { updateOrganisationDetails } from "@/lib/organisations/update-organisation";
import { logger } from "@/lib/server/logger";

export interface SaveResult {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

export async function saveOrganisationDetails(
  organisationId: string,
  input: unknown,
): Promise<SaveResult> {
  const requestHeaders = await headers();
  const requestId = requestHeaders.get(REQUEST_ID_HEADER) ?? undefined;
  const actor = await getActor();
  try {
    if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in again to save your changes.");
    await updateOrganisationDetails(actor, organisationId, input, {
      requestId,
      ipAddress: clientAddress(requestHeaders.get("x-forwarded-for")),
    });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof AppError) && !(error instanceof ZodError)) {
      logger.error("Saving organisation details failed", { requestId, error });
    }
    const { body } = toErrorBody(error, requestId ?? "");
    return { ok: false, message: body.error.message, fieldErrors: body.error.fieldErrors };
  }
}
