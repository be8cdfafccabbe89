import Link from "@/components/ui/link";

import { progressText, StatusTag } from "@/components/maturity/assessments/status-tag";
import type {
  BlockedPathway,
  HomePage,
  HomeSection,
  InvitationsAwaiting,
  InvitationToAccept,
  OrganisationNeedsToReview,
  WaitingAssessment,
  WaitingSection,
} from "@/lib/home/types";
import { formatDay } from "@/lib/maturity/labels";
import type { RoundRow } from "@/lib/maturity/rounds/list-rounds";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function Section({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="nhs-card" data-testid={`home-${id}`}>
      <h2 id={`${id}-heading`} className="text-2xl">
        {heading}
      </h2>
      {children}
    </section>
  );
}

function Assessments({ items }: { items: WaitingAssessment[] }) {
  return (
    <Section id="assessments" heading="Assessments to answer">
      <ul className="mb-4 list-none pl-0">
        {items.map((assessment) => (
          <li key={assessment.id} className="mb-3">
            <Link href={`/maturity/assessments/${assessment.id}`}>
              {assessment.roundName}: {assessment.organisationName}
            </Link>{" "}
            <StatusTag status={assessment.status} />
            <span className="block">
              {progressText(assessment.answered, assessment.questions)}, closes{" "}
              {formatDay(assessment.closesOn)}
              {assessment.status === "RETURNED"
                ? ". Returned with comments: change the answers and submit again."
                : ""}
            </span>
          </li>
        ))}
      </ul>
      <p className="mb-0">
        <Link href="/maturity">All your organisation&apos;s assessments</Link>
      </p>
    </Section>
  );
}

function Sections({ items }: { items: WaitingSection[] }) {
  return (
    <Section id="sections" heading="Sections given to you">
      <ul className="mb-0 list-disc pl-6">
        {items.map((section) => (
          <li key={`${section.assessmentId}:${section.dimensionId}`}>
            <Link
              href={`/maturity/assessments/${section.assessmentId}/dimensions/${section.dimensionId}`}
            >
              {section.dimensionName}
            </Link>{" "}
            in {section.roundName} for {section.organisationName}, closing{" "}
            {formatDay(section.closesOn)}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function DataNeeds({ items }: { items: OrganisationNeedsToReview[] }) {
  return (
    <Section id="data-needs" heading="Data needs to review">
      <ul className="mb-0 list-disc pl-6">
        {items.map((row) => (
          <li key={row.organisationId}>
            <Link href={`/organisations/${row.organisationId}/data-needs`}>
              {row.organisationName}
            </Link>
            :{" "}
            {[
              row.fromOthers > 0
                ? `${plural(row.fromOthers, "need", "needs")} of others from it not fully met`
                : null,
              row.own > 0 ? `${plural(row.own, "need", "needs")} of its own not fully met` : null,
            ]
              .filter(Boolean)
              .join("; ")}
          </li>
        ))}
      </ul>
    </Section>
  );
}

const roleWords = {
  ORG_ADMIN: "an organisation admin",
  IG_LEAD: "the information governance lead",
  MEMBER: "a member",
} as const;

function Invitations({
  toAccept,
  awaiting,
  email,
}: {
  toAccept: InvitationToAccept[];
  awaiting: InvitationsAwaiting[];
  email: string;
}) {
  return (
    <Section id="invitations" heading="Invitations">
      {toAccept.length > 0 ? (
        <>
          <p>You are invited to join, through the link in the email sent to {email}:</p>
          <ul className="list-disc pl-6">
            {toAccept.map((invitation) => (
              <li key={`${invitation.organisationName}:${invitation.expiresAt.toISOString()}`}>
                {invitation.organisationName}, as {roleWords[invitation.role]} (the link works until{" "}
                {formatDay(invitation.expiresAt)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {awaiting.length > 0 ? (
        <>
          <p>Not yet accepted:</p>
          <ul className="mb-0 list-disc pl-6">
            {awaiting.map((row) => (
              <li key={row.organisationId}>
                <Link href={`/organisations/${row.organisationId}#invitations-heading`}>
                  {row.organisationName}
                </Link>
                : {plural(row.pending, "invitation", "invitations")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

function OpenRounds({ items, total }: { items: RoundRow[]; total: number }) {
  return (
    <Section id="open-rounds" heading="Open assessment rounds">
      {items.length === 0 ? (
        <p>No assessment round is open.</p>
      ) : (
        <ul className="list-disc pl-6">
          {items.map((round) => (
            <li key={round.id}>
              <Link href={`/maturity/rounds/${round.id}`}>{round.name}</Link> ({round.frameworkName}
              ), closes {formatDay(round.closesOn)}: {round.completed} of {round.assessments}{" "}
              submitted, {round.validated} validated
            </li>
          ))}
        </ul>
      )}
      <p className="mb-0">
        <Link href="/maturity">
          {total > items.length ? `All ${total} open rounds` : "Every round"}
        </Link>
      </p>
    </Section>
  );
}

function BlockedPathways({ items }: { items: BlockedPathway[] }) {
  return (
    <Section id="blocked-pathways" heading="Pathways with blocked flows">
      {items.length === 0 ? (
        <p>No pathway has a blocked flow.</p>
      ) : (
        <ul className="list-disc pl-6">
          {items.map((pathway) => (
            <li key={pathway.id}>
              <Link href={`/pathways/${pathway.id}`}>{pathway.name}</Link>
              {pathway.status === "DRAFT" ? " (draft)" : ""}:{" "}
              {plural(pathway.readiness.counts.BLOCKED, "flow", "flows")} blocked,{" "}
              {pathway.readiness.counts.AT_RISK} at risk
            </li>
          ))}
        </ul>
      )}
      <p className="mb-0">
        <Link href="/pathways">Every pathway</Link>
      </p>
    </Section>
  );
}

function HomeSectionView({ section, email }: { section: HomeSection; email: string }) {
  switch (section.kind) {
    case "assessments":
      return <Assessments items={section.items} />;
    case "sections":
      return <Sections items={section.items} />;
    case "dataNeeds":
      return <DataNeeds items={section.items} />;
    case "invitations":
      return <Invitations toAccept={section.toAccept} awaiting={section.awaiting} email={email} />;
    case "openRounds":
      return <OpenRounds items={section.items} total={section.total} />;
    case "blockedPathways":
      return <BlockedPathways items={section.items} />;
  }
}

/** A signed-in person's home page: what is waiting for them, area by area. */
export function HomeView({ home, email }: { home: HomePage; email: string }) {
  const waiting = home.sections.filter(
    (section) => section.kind !== "openRounds" && section.kind !== "blockedPathways",
  );
  return (
    <>
      <h1>Welcome, {home.name}</h1>
      <p className="nhs-lede">
        {waiting.length > 0
          ? "What is waiting for you across the coalition."
          : "Nothing is waiting for you at the moment."}
      </p>
      {home.sections.map((section) => (
        <HomeSectionView key={section.kind} section={section} email={email} />
      ))}
    </>
  );
}
