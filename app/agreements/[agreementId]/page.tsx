import Link from "next/link";

import { AgreementRecord } from "@/components/agreements/agreement-record";
import { getAgreement } from "@/lib/agreements/get-agreement";
import { loadForPage } from "@/lib/agreements/page-access";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata = { title: "Data sharing agreement" };

export default async function AgreementPage({
  params,
}: {
  params: Promise<{ agreementId: string }>;
}) {
  const { agreementId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}`);
  const view = await loadForPage(actor, "agreement.read", (db) =>
    getAgreement(db, actor, agreementId),
  );
  return (
    <>
      <p className="mb-2">
        <Link href="/agreements">Back to agreements</Link>
      </p>
      <h1>
        <span className="nhs-secondary-text block text-lg">{view.agreement.reference}</span>
        {view.agreement.title}
      </h1>
      <AgreementRecord view={view} />
    </>
  );
}
