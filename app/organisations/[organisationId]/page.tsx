import { notFound } from "next/navigation";

import { OrganisationProfileView } from "@/components/organisations/organisation-profile";
import { requireActor } from "@/lib/auth/require-actor";
import { getOrganisationProfile } from "@/lib/organisations/get-organisation-profile";

export default async function OrganisationPage({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}`);
  const profile = await getOrganisationProfile(actor, organisationId);
  if (!profile) notFound();
  return <OrganisationProfileView profile={profile} />;
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const { getActor } = await import("@/lib/auth/get-actor");
  const actor = await getActor();
  const profile = actor ? await getOrganisationProfile(actor, organisationId) : null;
  return { title: profile?.name ?? "Organisation" };
}
