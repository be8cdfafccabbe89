import Link from "@/components/ui/link";

import { CommitmentForm } from "@/components/commitments/commitment-form";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getCommitmentChoices, recordingOrganisationOptions } from "@/lib/commitments/choices";
import { commitmentPolicy } from "@/lib/commitments/policy";
import { isId } from "@/lib/validation/ids";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Record a commitment" };

/** First the organisation (its owners and records differ), then the commitment itself. */
export default async function NewCommitmentPage({
  searchParams,
}: {
  searchParams: Promise<{ organisation?: string | string[] }>;
}) {
  const actor = await requireActor("/commitments/new");
  if (!commitmentPolicy.canRecordAny(actor)) await denyAccess(actor, "commitment.create");
  const { organisation } = await searchParams;
  const organisations = await recordingOrganisationOptions(actor);
  const chosen =
    typeof organisation === "string" && isId(organisation)
      ? organisations.find((option) => option.value === organisation)
      : undefined;
  const choices = chosen ? await getCommitmentChoices(actor, chosen.value) : null;
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href="/commitments">Back to commitments</Link>
      </p>
      <h1>Record a commitment</h1>
      <FilterForm action="/commitments/new" label="Organisation" submitLabel="Choose">
        <FilterSelect
          id="organisation"
          label="Organisation that made the commitment"
          any="Select an organisation"
          value={chosen?.value}
          options={organisations}
        />
      </FilterForm>
      {chosen && choices ? (
        <>
          <h2>Commitment of {chosen.label}</h2>
          <CommitmentForm
            organisationId={chosen.value}
            owners={choices.owners}
            links={choices.links}
            defaults={{
              title: "",
              description: "",
              ownerId: "",
              dueOn: "",
              status: "OPEN",
              link: "",
            }}
          />
        </>
      ) : null}
    </div>
  );
}
