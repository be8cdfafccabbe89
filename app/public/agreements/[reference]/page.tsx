import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { PublicAgreementView } from "@/components/agreements/public-agreement";
import { getPublicAgreement } from "@/lib/agreements/public/public-register";

// No sign-in: a published agreement is for anyone.
export const dynamic = "force-dynamic";

const load = cache((reference: string) => getPublicAgreement(reference));

type Props = { params: Promise<{ reference: string }> };

const referenceOf = async (params: Props["params"]) => {
  const { reference } = await params;
  try {
    return decodeURIComponent(reference);
  } catch {
    return "";
  }
};

export default async function PublicAgreementPage({ params }: Props) {
  const agreement = await load(await referenceOf(params));
  if (!agreement) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href="/public/agreements">All published agreements</Link>
      </p>
      <PublicAgreementView agreement={agreement} />
    </>
  );
}

export async function generateMetadata({ params }: Props) {
  const agreement = await load(await referenceOf(params));
  return { title: agreement ? `${agreement.reference}: ${agreement.title}` : "Agreement" };
}
