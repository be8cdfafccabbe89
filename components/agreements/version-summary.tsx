import { formatDay, formatMoment } from "./format";

/** The exact version a signatory signs or declines: its number, when it was sent, its hash. */
export function VersionSummary({
  reference,
  title,
  version,
  startDate,
  reviewDate,
  parties,
}: {
  reference: string;
  title: string;
  version: { number: number; contentHash: string; createdAt: Date };
  startDate: Date | null;
  reviewDate: Date | null;
  parties: string[];
}) {
  return (
    <dl className="nhs-card">
      <div className="mb-2">
        <dt className="font-semibold">Agreement</dt>
        <dd className="m-0">
          {reference}: {title}
        </dd>
      </div>
      <div className="mb-2">
        <dt className="font-semibold">Version</dt>
        <dd className="m-0">
          {version.number}, sent for signature {formatMoment(version.createdAt)}
        </dd>
      </div>
      <div className="mb-2">
        <dt className="font-semibold">Parties</dt>
        <dd className="m-0">{parties.join(", ")}</dd>
      </div>
      <div className="mb-2">
        <dt className="font-semibold">Dates</dt>
        <dd className="m-0">
          From {formatDay(startDate)}, review by {formatDay(reviewDate)}
        </dd>
      </div>
      <div>
        <dt className="font-semibold">SHA-256 of this version</dt>
        <dd className="m-0 break-all">
          <code data-testid="version-hash">{version.contentHash}</code>
        </dd>
      </div>
    </dl>
  );
}
