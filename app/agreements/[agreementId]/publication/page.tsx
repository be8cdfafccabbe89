import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { getPublication } from "@/lib/agreements/public/set-published";
import { requireActor } from "@/lib/auth/require-actor";

import { publishAgreement } from "./actions";

export const metadata = { title: "Publish an agreement" };

export default async function AgreementPublicationPage({
  params,
}: {
  params: Promise<{ agreementId: string }>;
}) {
  const { agreementId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}/publication`);
  const publication = await getPublication(actor, agreementId);
  if (!publication) notFound();
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href={`/agreements/${publication.id}`}>
          Back to the agreement
        </Link>
      </p>
      <h1>
        <span className="block text-xl nhs-secondary-text">{publication.reference}</span>
        Publication of {publication.title}
      </h1>
      <p data-testid="publication-status">
        {publication.published ? (
          <>
            This agreement is on the{" "}
            <Link href={`/public/agreements/${encodeURIComponent(publication.reference)}`}>
              public register
            </Link>{" "}
            once it is active.
          </>
        ) : (
          "This agreement is not published."
        )}
      </p>
      <p>
        The public register shows the parties, the purpose, the kinds of data, the legal bases and
        the dates, to anyone, without signing in. It never shows contacts, signatories or
        signatures. Drafts and agreements awaiting signatures are not shown even when published.
      </p>
      {publication.canPublish ? (
        <form action={publishAgreement}>
          <input type="hidden" name="agreementId" value={publication.id} />
          <input type="hidden" name="published" value={publication.published ? "false" : "true"} />
          <button type="submit" className="nhs-button">
            {publication.published
              ? "Take off the public register"
              : "Publish on the public register"}
          </button>
        </form>
      ) : (
        <p>
          Programme leads and the information governance leads and admins of its parties decide
          whether it is published.
        </p>
      )}
    </>
  );
}
