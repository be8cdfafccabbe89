import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { FrameworkContentView } from "@/components/maturity/frameworks/framework-content";
import { VersionsTable } from "@/components/maturity/frameworks/versions-table";
import { requireActor } from "@/lib/auth/require-actor";
import { getFramework } from "@/lib/maturity/frameworks/get-framework";
import { maturityPolicy } from "@/lib/maturity/policy";

export const metadata = { title: "Maturity framework" };

/** `?version=N` asks for an earlier version; anything else that is not a number names none. */
const versionAsked = (value: string | undefined) =>
  value === undefined ? undefined : /^\d{1,6}$/.test(value) ? Number(value) : -1;

export default async function FrameworkPage({
  params,
  searchParams,
}: {
  params: Promise<{ frameworkId: string }>;
  searchParams: Promise<{ version?: string; notice?: string }>;
}) {
  const { frameworkId } = await params;
  const query = await searchParams;
  const actor = await requireActor(`/maturity/frameworks/${frameworkId}`);
  const view = await getFramework(actor, frameworkId, versionAsked(query.version));
  if (!view) notFound();
  const base = `/maturity/frameworks/${view.id}`;
  const manager = maturityPolicy.canManage(actor);
  const editing =
    manager && view.isNewest && !view.archivedAt
      ? {
          frameworkId: view.id,
          opened: { versionId: view.newest.id, version: view.newest.version },
        }
      : null;
  return (
    <div>
      <p className="mb-2">
        <Link href="/maturity/frameworks">All frameworks</Link>
      </p>
      {query.notice === "changed" ? (
        <div role="alert" className="nhs-card border-l-8 border-l-nhs-red">
          <p className="mb-0 font-bold">
            Someone else changed this framework since you opened the page. Your change has not been
            saved: check the framework below and make it again.
          </p>
        </div>
      ) : null}
      <h1 className="mb-2">{view.name}</h1>
      <p className="nhs-lede whitespace-pre-line">{view.description}</p>
      <dl className="mb-4 flex flex-wrap gap-x-8 gap-y-1">
        <div>
          <dt className="inline font-bold">Showing: </dt>
          <dd className="inline" data-testid="framework-showing">
            version {view.showing.number}
            {view.isNewest ? ", the newest" : ""}
          </dd>
        </div>
        {view.archivedAt ? (
          <div>
            <dt className="inline font-bold">Status: </dt>
            <dd className="inline">
              <strong className="nhs-tag nhs-tag-grey">Archived</strong>
            </dd>
          </div>
        ) : null}
      </dl>
      {!view.isNewest ? (
        <div className="nhs-card border-l-8 border-l-nhs-blue">
          <p className="mb-0">
            Version {view.showing.number} is kept as rounds answered it, and cannot be changed.{" "}
            <Link href={base}>See the newest version, {view.newest.number}</Link>.
          </p>
        </div>
      ) : null}
      {manager ? (
        <ul className="mb-6 flex flex-wrap items-center gap-6" aria-label="Framework actions">
          {editing ? (
            <>
              <li>
                <Link href={`${base}/dimensions/new`} className="nhs-button">
                  Add a dimension
                </Link>
              </li>
              {view.showing.dimensions.length > 0 ? (
                <li>
                  <Link href={`${base}/questions/new`}>Add a question</Link>
                </li>
              ) : null}
              <li>
                <Link href={`${base}/edit`}>Change name and description</Link>
              </li>
            </>
          ) : null}
          {view.isNewest ? (
            <li>
              <Link href={`${base}/archive`}>
                {view.archivedAt ? "Restore framework" : "Archive framework"}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      {editing && view.newest.rounds > 0 ? (
        <p className="nhs-secondary-text">
          A round uses version {view.newest.number}. Your next change starts version{" "}
          {view.newest.number + 1}; the round keeps version {view.newest.number}.
        </p>
      ) : null}
      <section aria-labelledby="content-heading" id="content" className="mb-8">
        <h2 id="content-heading">Dimensions and questions</h2>
        <FrameworkContentView content={view.showing} editing={editing} />
      </section>
      <section aria-labelledby="versions-heading" className="mb-8">
        <h2 id="versions-heading">Versions</h2>
        <p>
          A change to a version that a round uses starts a new version, so that the round keeps the
          questions its organisations answered.
        </p>
        <VersionsTable
          frameworkId={view.id}
          versions={view.versions}
          showing={view.showing.number}
        />
      </section>
    </div>
  );
}
