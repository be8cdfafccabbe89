import { notFound } from "next/navigation";
import { cache } from "react";

import { OrganisationProfileView } from "@/components/organisations/organisation-profile";
import { requireActor } from "@/lib/auth/require-actor";
import { getOrganisationProfile } from "@/lib/organisations/get-organisation-profile";

// The page and its title both need the profile: one query per request serves both.
const loadProfile = cache(async (organisationId: string) => {
  const actor = await requireActor(`/organisations/${organisationId}`);
  return getOrganisationProfile(actor, organisationId);
});

type Props = {
  params: Promise<{ organisationId: string }>;
  searchParams: Promise<{ notice?: string | string[] }>;
};

export default async function OrganisationPage({ params, searchParams }: Props) {
  const profile = await loadProfile((await params).organisationId);
  if (!profile) notFound();
  const { notice } = await searchParams;
  return (
    <OrganisationProfileView
      profile={profile}
      notice={typeof notice === "string" ? notice : undefined}
    />
  );
}

export async function generateMetadata({ params }: Pick<Props, "params">) {
  const profile = await loadProfile((await params).organisationId);
  return { title: profile?.name ?? "Organisation" };
}
