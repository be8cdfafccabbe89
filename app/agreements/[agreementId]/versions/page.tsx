import Link from "@/components/ui/link";

import { formatMoment } from "@/components/agreements/format";
import { VersionComparison } from "@/components/agreements/version-comparison";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { compareVersions } from "@/lib/agreements/compare-versions";
import { getAgreementVersions } from "@/lib/agreements/get-agreement";
import { loadForPage } from "@/lib/agreements/page-access";
import { compareQuerySchema } from "@/lib/agreements/schemas";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata = { title: "An agreement's versions" };

export default async function AgreementVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ agreementId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { agreementId } = await params;
  const actor = await requireActor(`/agreements/${agreementId}/versions`);
  const query = compareQuerySchema.parse(await searchParams);
  const { agreement, versions, names } = await loadForPage(
    actor,
    "agreement.versions",
    (db) => getAgreementVersions(db, actor, agreementId),
    agreementId,
  );
  const latest = versions.at(-1);
  const fromNumber = query.from ?? versions.at(-2)?.number;
  const toNumber = query.to ?? latest?.number;
  const from = versions.find((v) => v.number === fromNumber);
  const to = versions.find((v) => v.number === toNumber);
  const options = versions.map((v) => ({ value: String(v.number), label: `Version ${v.number}` }));
  return (
    <div className="max-w-[900px]">
      <p className="mb-2">
        <Link href={`/agreements/${agreement.id}`}>Back to {agreement.reference}</Link>
      </p>
      <h1>Versions of {agreement.reference}</h1>
      {versions.length === 0 ? (
        <p>No version has been sent for signature yet.</p>
      ) : (
        <ol className="mb-6">
          {[...versions].reverse().map((version) => (
            <li key={version.id} className="mb-2" value={version.number}>
              Version {version.number}, sent {formatMoment(version.createdAt)}
              {version.voidedAt ? `, voided ${formatMoment(version.voidedAt)}` : ""}:{" "}
              {version.changeSummary}
              <span className="block break-all text-sm">SHA-256 {version.contentHash}</span>
            </li>
          ))}
        </ol>
      )}
      {versions.length > 1 ? (
        <>
          <h2>Compare two versions</h2>
          <FilterForm
            action={`/agreements/${agreement.id}/versions`}
            label="Compare versions"
            submitLabel="Compare"
          >
            <FilterSelect
              id="from"
              label="From"
              value={from ? String(from.number) : null}
              options={options}
            />
            <FilterSelect
              id="to"
              label="To"
              value={to ? String(to.number) : null}
              options={options}
            />
          </FilterForm>
          {from && to ? (
            <VersionComparison
              changes={compareVersions(from.content, to.content)}
              names={names}
              caption={`Changes from version ${from.number} to version ${to.number}`}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
