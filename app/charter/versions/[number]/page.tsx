import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { EndorsementsList } from "@/components/charter/endorsements-list";
import { Markdown } from "@/components/ui/markdown";
import { requireActor } from "@/lib/auth/require-actor";
import { getCharterVersion } from "@/lib/charter/get-charter";

export const metadata = { title: "A version of the charter" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function CharterVersionPage({
  params,
}: {
  params: Promise<{ number: string }>;
}) {
  const { number } = await params;
  await requireActor(`/charter/versions/${number}`);
  const version = /^\d{1,6}$/.test(number) ? await getCharterVersion(Number(number)) : null;
  if (!version) notFound();
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href="/charter">Back to the charter</Link>
      </p>
      <h1>The charter, version {version.number}</h1>
      <p className="nhs-lede">
        Published on {dayFormat.format(version.createdAt)}
        {version.createdBy ? ` by ${version.createdBy.name}` : ""}.
        {version.changeNote ? ` What changed: ${version.changeNote}` : ""}
      </p>
      <article aria-label={`The charter, version ${version.number}`} className="mb-8">
        <Markdown text={version.text} />
      </article>
      <section aria-labelledby="endorsed-heading" className="mb-8">
        <h2 id="endorsed-heading">Endorsed by</h2>
        <EndorsementsList endorsements={version.endorsements} />
      </section>
    </div>
  );
}
