import Link from "@/components/ui/link";

import { OrganisationDetailsForm } from "@/components/organisations/organisation-details-form";
import { requireActor } from "@/lib/auth/require-actor";
import { listPlaces } from "@/lib/organisations/list-organisations";
import { organisationPolicy } from "@/lib/organisations/policy";
import { organisationDetailsSchema } from "@/lib/organisations/schemas";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Add an organisation" };

// A new organisation starts unaware; its engagement is then set on its engagement page.
const allFields = (
  Object.keys(organisationDetailsSchema.shape) as Array<
    keyof typeof organisationDetailsSchema.shape
  >
).filter((field) => field !== "engagementCurrent");

export default async function AddOrganisationPage() {
  const actor = await requireActor("/organisations/new");
  if (!organisationPolicy.canCreate(actor)) await denyAccess(actor, "organisation.create");
  const places = await listPlaces();
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/organisations">Back to organisations</Link>
      </p>
      <h1>Add an organisation</h1>
      <p>
        Its admins can then complete the profile. If its place is not in the list,{" "}
        <Link href="/organisations/places">add the place</Link> first.
      </p>
      <OrganisationDetailsForm
        editable={allFields}
        places={places}
        defaults={{
          name: "",
          odsCode: "",
          address: "",
          postcode: "",
          website: "",
          sizeBand: "",
        }}
      />
    </div>
  );
}
