import Link from "@/components/ui/link";

import { PartyForm } from "@/components/agreements/party-form";
import { loadForPage } from "@/lib/agreements/page-access";
import { loadPartyForEditing } from "@/lib/agreements/parties";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata = { title: "Edit a party to an agreement" };

export default async function AgreementPartyPage({
  params,
}: {
  params: Promise<{ agreementId: string; partyId: string }>;
}) {
  const { agreementId, partyId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}/parties/${partyId}`);
  const { agreement, party, organisationName, signatoryOptions } = await loadForPage(
    actor,
    "agreement.party_update",
    (db) => loadPartyForEditing(db, actor, agreementId, partyId),
    agreementId,
  );
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/agreements/${agreement.id}/parties`}>Back to the parties</Link>
      </p>
      <h1>
        {organisationName} in {agreement.reference}
      </h1>
      <PartyForm
        agreementId={agreement.id}
        lockVersion={agreement.lockVersion}
        partyId={party.id}
        organisationName={organisationName}
        signatoryOptions={signatoryOptions}
        defaults={{
          organisationId: party.organisationId,
          controllerRole: party.controllerRole,
          direction: party.direction,
          contactName: party.contactName,
          contactEmail: party.contactEmail,
          dpoName: party.dpoName,
          dpoEmail: party.dpoEmail,
          signatoryId: party.signatoryId ?? "",
          article6Basis: party.article6Basis ?? "",
          article9Condition: party.article9Condition ?? "",
          schedule1Condition: party.schedule1Condition ?? "",
          privacyNoticeUpdated: party.privacyNoticeUpdated,
        }}
      />
    </div>
  );
}
