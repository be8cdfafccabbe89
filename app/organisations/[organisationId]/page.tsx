import { notFound } from "next/navigation";
import { cache } from "react";

import { ProductLessonsSection } from "@/components/lessons/placed-lessons";
import { OrganisationProfileView } from "@/components/organisations/organisation-profile";
import { requireActor } from "@/lib/auth/require-actor";
import { getPrisma } from "@/lib/db/client";
import { lessonsForProducts } from "@/lib/lessons/placements";
import { getOrganisationProfile } from "@/lib/organisations/get-organisation-profile";

// The page and its title both need the profile: one query per request serves both.
const loadProfile = cache(async (organisationId: string) => {
  const actor = await requireActor(`/organisations/${organisationId}`);
  return { actor, profile: await getOrganisationProfile(actor, organisationId) };
});

type Props = {
  params: Promise<{ organisationId: string }>;
  searchParams: Promise<{ notice?: string | string[] }>;
};

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { actor, profile } = await loadProfile((await params).organisationId);
  if (!profile) notFound();
  const { notice } = await searchParams;
  const lessons = await lessonsForProducts(await getPrisma(), actor, profile.id);
  return (
    <OrganisationProfileView
      profile={profile}
      notice={typeof notice === "string" ? notice : undefined}
      afterSystems={
        <ProductLessonsSection
          products={profile.systems.map((system) => system.product)}
          lessons={lessons}
        />
      }
    />
  );
}

export async function generateMetadata({ params }: Pick<Props, "params">) {
  const { profile } = await loadProfile((await params).organisationId);
  return { title: profile?.name ?? "Organisation" };
}
