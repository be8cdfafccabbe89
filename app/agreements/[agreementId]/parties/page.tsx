import Link from "@/components/ui/link";

import { PartyForm } from "@/components/agreements/party-form";
import { controllerRoleLabels, directionLabels } from "@/lib/agreements/labels";
import { loadForPage } from "@/lib/agreements/page-access";
import { loadPartiesPage } from "@/lib/agreements/parties";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata = { title: "An agreement's parties" };

export default async function AgreementPartiesPage({
  params,
}: {
  params: Promise<{ agreementId: string }>;
}) {
  const { agreementId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}/parties`);
  const { agreement, parties, candidates } = await loadForPage(
    actor,
    "agreement.party_add",
    (db) => loadPartiesPage(db, actor, agreementId),
    agreementId,
  );
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/agreements/${agreement.id}`}>Back to {agreement.reference}</Link>
      </p>
      <h1>Parties to {agreement.reference}</h1>
      <ul>
        {parties.map((party) => (
          <li key={party.id} className="mb-2">
            <Link href={`/agreements/${agreement.id}/parties/${party.id}`}>
              {party.organisationName}
            </Link>
            : {controllerRoleLabels[party.controllerRole]},{" "}
            {directionLabels[party.direction].toLowerCase()}; signatory{" "}
            {party.signatoryName ?? "not named yet"}
          </li>
        ))}
      </ul>
      <h2>Add a party</h2>
      <p>Name who signs for it next, from its page in the list above.</p>
      <PartyForm
        agreementId={agreement.id}
        lockVersion={agreement.lockVersion}
        partyId={null}
        organisations={candidates}
        defaults={{
          organisationId: "",
          controllerRole: "CONTROLLER",
          direction: "BOTH",
          contactName: "",
          contactEmail: "",
          dpoName: "",
          dpoEmail: "",
          signatoryId: "",
          article6Basis: "",
          article9Condition: "",
          schedule1Condition: "",
          privacyNoticeUpdated: false,
        }}
      />
    </div>
  );
}
