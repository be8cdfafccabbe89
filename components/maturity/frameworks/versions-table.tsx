import Link from "@/components/ui/link";

import type { FrameworkVersionSummary } from "@/lib/maturity/frameworks/get-framework";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A framework's versions, newest first, with how many rounds answer each; one is shown. */
export function VersionsTable({
  frameworkId,
  versions,
  showing,
}: {
  frameworkId: string;
  versions: FrameworkVersionSummary[];
  /** The number of the version on the page. */
  showing: number;
}) {
  const newest = versions[0]?.number;
  return (
    <table className="nhs-table">
      <caption className="sr-only">Versions of the framework</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Created</th>
          <th scope="col">Rounds using it</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id} data-testid="framework-version">
            <td>
              {version.number === showing ? (
                <strong aria-current="page">
                  Version {version.number}
                  {version.number === newest ? " (newest)" : ""}
                </strong>
              ) : (
                <Link
                  href={
                    version.number === newest
                      ? `/maturity/frameworks/${frameworkId}`
                      : `/maturity/frameworks/${frameworkId}?version=${version.number}`
                  }
                >
                  Version {version.number}
                  {version.number === newest ? " (newest)" : ""}
                </Link>
              )}
            </td>
            <td>{dateFormat.format(version.createdAt)}</td>
            <td>{version.rounds}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
