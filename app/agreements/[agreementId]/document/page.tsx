import "./document.css";

import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { AgreementDocumentView } from "@/components/agreements/agreement-document";
import { getAgreementDocument } from "@/lib/agreements/document/get-agreement-document";
import { requireActor } from "@/lib/auth/require-actor";

// Generated afresh on each request: the footer says when.
export const dynamic = "force-dynamic";

const load = cache(async (agreementId: string) => {
  const actor = await requireActor(`/agreements/${agreementId}/document`);
  return getAgreementDocument(actor, agreementId);
});

type Props = { params: Promise<{ agreementId: string }> };

export default async function AgreementDocumentPage({ params }: Props) {
  const { agreementId } = await params;
  const document = await load(agreementId);
  if (!document) notFound();
  return (
    <>
      <p className="mb-6" data-print-actions="">
        <Link prefetch={false} href={`/agreements/${document.id}`}>
          Back to the agreement
        </Link>
        . Print this page, or save it as a PDF from the browser&apos;s print dialogue.
      </p>
      <AgreementDocumentView document={document} generatedAt={new Date()} />
    </>
  );
}

export async function generateMetadata({ params }: Props) {
  const document = await load((await params).agreementId);
  return { title: document ? `${document.content.details.reference}: document` : "Agreement" };
}
