import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { OrganisationDetailsForm } from "@/components/organisations/organisation-details-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getOrganisationProfile } from "@/lib/organisations/get-organisation-profile";
import { listPlaces } from "@/lib/organisations/list-organisations";
import { editableFields } from "@/lib/organisations/update-organisation";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Change organisation details" };

export default async function EditOrganisationPage({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/edit`);
  const profile = await getOrganisationProfile(actor, organisationId);
  if (!profile) notFound();
  const editable = editableFields(actor, profile.id);
  if (editable.length === 0) await denyAccess(actor, "organisation.update");
  const places = await listPlaces();
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/organisations/${profile.id}`}>Back to {profile.name}</Link>
      </p>
      <h1>Change details of {profile.name}</h1>
      <OrganisationDetailsForm
        organisationId={profile.id}
        editable={editable}
        places={places}
        defaults={{
          name: profile.name,
          odsCode: profile.odsCode ?? "",
          type: profile.type,
          placeId: profile.place.id,
          address: profile.address ?? "",
          postcode: profile.postcode ?? "",
          website: profile.website ?? "",
          sizeBand: profile.sizeBand ?? "",
        }}
      />
    </div>
  );
}
