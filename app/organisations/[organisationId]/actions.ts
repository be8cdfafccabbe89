"use server";

import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";

import { getActor } from "@/lib/auth/get-actor";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { setOrganisationArchived } from "@/lib/organisations/archive-organisation";

/** Archives or restores an organisation; a plain form posts here, so it works without JavaScript. */
export async function archiveOrganisation(formData: FormData): Promise<void> {
  const submitted = formData.get("organisationId");
  const organisationId = typeof submitted === "string" ? submitted : "";
  const actor = await getActor();
  if (!actor)
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/organisations/${organisationId}`)}`);
  try {
    const requestHeaders = await headers();
    await setOrganisationArchived(actor, organisationId, formData.get("archived") === "true", {
      requestId: requestHeaders.get(REQUEST_ID_HEADER) ?? undefined,
      ipAddress: clientAddress(requestHeaders.get("x-forwarded-for")),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  redirect(`/organisations/${organisationId}`);
}
