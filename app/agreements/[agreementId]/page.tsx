import Link from "@/components/ui/link";

import { AgreementRecord } from "@/components/agreements/agreement-record";
import { getAgreement } from "@/lib/agreements/get-agreement";
import { loadForPage, NOT_NOW_PARAMETER, NOT_NOW_TEXT } from "@/lib/agreements/page-access";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata = { title: "Data sharing agreement" };

export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ agreementId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { agreementId } = await params;
  const notNow = (await searchParams)[NOT_NOW_PARAMETER] !== undefined;
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
      {notNow ? (
        <div role="alert" className="nhs-card border-l-8 border-l-nhs-yellow">
          <p className="m-0 font-bold">{NOT_NOW_TEXT}</p>
        </div>
      ) : null}
      <AgreementRecord view={view} />
    </>
  );
}
