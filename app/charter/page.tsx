import Link from "@/components/ui/link";

import { endorseCharterVersion } from "@/app/charter/actions";
import { EndorsementsList } from "@/components/charter/endorsements-list";
import { Markdown } from "@/components/ui/markdown";
import { requireActor } from "@/lib/auth/require-actor";
import { getCharter } from "@/lib/charter/get-charter";

export const metadata = { title: "The coalition's charter" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function CharterPage() {
  const actor = await requireActor("/charter");
  const { current, versions, toEndorse, canPublish } = await getCharter(actor);
  return (
    <div className="max-w-[960px]">
      <h1>The coalition&apos;s charter</h1>
      {canPublish ? (
        <p>
          <Link href="/charter/edit" className="nhs-button">
            {current ? "Publish a new version" : "Publish the charter"}
          </Link>
        </p>
      ) : null}
      {current ? (
        <>
          <p className="nhs-lede">
            Version {current.number}, published on {dayFormat.format(current.createdAt)}.{" "}
            {current.endorsements.length}{" "}
            {current.endorsements.length === 1 ? "organisation has" : "organisations have"} endorsed
            it.
          </p>
          {toEndorse.length > 0 ? (
            <section aria-labelledby="endorse-heading" className="nhs-card mb-8">
              <h2 id="endorse-heading">Your organisation&apos;s endorsement</h2>
              <ul className="list-none pl-0">
                {toEndorse.map((organisation) => (
                  <li key={organisation.id} className="mb-4">
                    {organisation.endorsed ? (
                      <p>
                        <strong className="nhs-tag nhs-tag-green">
                          Endorsed v{current.number}
                        </strong>{" "}
                        {organisation.name} has endorsed this version.
                      </p>
                    ) : (
                      <form action={endorseCharterVersion}>
                        <input type="hidden" name="organisationId" value={organisation.id} />
                        <input type="hidden" name="versionNumber" value={current.number} />
                        <button type="submit" className="nhs-button">
                          Endorse version {current.number} for {organisation.name}
                        </button>
                      </form>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <article aria-label={`The charter, version ${current.number}`} className="mb-8">
            <Markdown text={current.text} />
          </article>
          <section aria-labelledby="endorsed-heading" className="mb-8">
            <h2 id="endorsed-heading">Endorsed by</h2>
            <EndorsementsList endorsements={current.endorsements} />
          </section>
          <section aria-labelledby="versions-heading" className="mb-8">
            <h2 id="versions-heading">Versions</h2>
            <ul className="list-none pl-0">
              {versions.map((version) => (
                <li key={version.number} className="mb-2">
                  <Link href={`/charter/versions/${version.number}`}>Version {version.number}</Link>{" "}
                  ({dayFormat.format(version.createdAt)}, {version._count.endorsements}{" "}
                  {version._count.endorsements === 1 ? "endorsement" : "endorsements"})
                  {version.changeNote ? (
                    <span className="block text-sm">{version.changeNote}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : (
        <p>The coalition has not published its charter yet.</p>
      )}
    </div>
  );
}
