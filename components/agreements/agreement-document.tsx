import type { ReactNode } from "react";

import { agreementStatusLabel } from "@/lib/agreements/coverage/words";
import type { AgreementDocument } from "@/lib/agreements/document/get-agreement-document";
import {
  agreementTypeLabels,
  article6Labels,
  article9Labels,
  confidentialityBasisLabels,
  controllerRoleLabels,
  directionLabels,
  identifiabilityLabels,
  sharingUseLabels,
} from "@/lib/agreements/labels";

import { dayWords } from "@/components/agreements/format";
import { Markdown } from "@/components/ui/markdown";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/London",
});

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mb-8 break-inside-avoid-page">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

const yesNo = (value: boolean | null | undefined) =>
  value === true ? "Yes" : value === false ? "No" : "Not recorded";

/** An agreement as a document to print or save as a PDF: the record, then the signatures. */
export function AgreementDocumentView({
  document,
  generatedAt,
}: {
  document: AgreementDocument;
  generatedAt: Date;
}) {
  const { content, organisations } = document;
  const details = content.details;
  const nameOf = (id: string) => organisations.get(id) ?? "An organisation no longer listed";
  return (
    <article data-agreement-document="" data-print-view="">
      <header className="mb-8">
        <p className="mb-1 text-lg">{agreementTypeLabels[details.type]}</p>
        <h1 className="mb-2">{details.title}</h1>
        <p className="mb-0">
          Reference <strong>{details.reference}</strong>
          {document.version ? `, version ${document.version.number}` : ", working draft"}. Status:{" "}
          {agreementStatusLabel(document.status)}.
        </p>
      </header>

      <Section title="Parties">
        <ol className="pl-6">
          {content.parties.map((party) => (
            <li key={party.organisationId} className="mb-4">
              <strong>{nameOf(party.organisationId)}</strong>:{" "}
              {controllerRoleLabels[party.controllerRole].toLowerCase()};{" "}
              {directionLabels[party.direction]}.
              <span className="block">
                Contact: {party.contactName || "not recorded"}
                {party.contactEmail ? ` (${party.contactEmail})` : ""}. Data Protection Officer:{" "}
                {party.dpoName || "not recorded"}
                {party.dpoEmail ? ` (${party.dpoEmail})` : ""}.
              </span>
              <span className="block">
                Lawful basis:{" "}
                {party.article6Basis ? article6Labels[party.article6Basis] : "not recorded"}
                {party.article9Condition ? `; ${article9Labels[party.article9Condition]}` : ""}
                {party.schedule1Condition
                  ? `; DPA 2018 Schedule 1, ${party.schedule1Condition}`
                  : ""}
                . Privacy notice updated: {yesNo(party.privacyNoticeUpdated)}.
              </span>
            </li>
          ))}
        </ol>
      </Section>

      <Section title="Purpose">
        <h3>Purposes</h3>
        <Markdown text={details.purposes} />
        <h3>Why the sharing is necessary</h3>
        <Markdown text={details.necessity} />
        <h3>Expected benefits</h3>
        <Markdown text={details.benefits} />
        <p>Use: {sharingUseLabels[details.use]}.</p>
      </Section>

      <Section title="Data">
        <p>Data subjects: {details.dataSubjects || "not recorded"}</p>
        <p>
          Data shared:{" "}
          {document.categories.length > 0 ? document.categories.join(", ") : "none listed"}.
        </p>
        <ul className="pl-6">
          <li>Special category data: {yesNo(details.specialCategoryData)}</li>
          <li>Criminal offence data: {yesNo(details.criminalOffenceData)}</li>
          <li>Children or vulnerable adults: {yesNo(details.childrenOrVulnerable)}</li>
          <li>{identifiabilityLabels[details.identifiability]}</li>
        </ul>
      </Section>

      <Section title="Legal basis">
        <p>
          Common law duty of confidentiality:{" "}
          {details.confidentialityBasis
            ? confidentialityBasisLabels[details.confidentialityBasis]
            : "not recorded"}
          .
        </p>
        <h3>Statutory powers</h3>
        <Markdown text={details.statutoryPowers} />
      </Section>

      <Section title="Governance">
        <h3>Retention and disposal</h3>
        <Markdown text={details.retention} />
        <h3>Security</h3>
        <Markdown text={details.security} />
        <h3>Data quality</h3>
        <Markdown text={details.dataQuality} />
        <h3>Subject rights requests</h3>
        <Markdown text={details.subjectRights} />
        <h3>Breaches</h3>
        <Markdown text={details.breachProcedure} />
        <p>
          Data protection impact assessment needed: {yesNo(details.dpiaNeeded)}
          {details.dpiaReference ? `; reference ${details.dpiaReference}` : ""}
          {details.dpiaDate ? `, ${dayWords(details.dpiaDate)}` : ""}.
        </p>
      </Section>

      <Section title="Dates">
        <ul className="pl-6">
          <li>Starts: {dayWords(details.startDate)}</li>
          <li>Review: {dayWords(details.reviewDate)}</li>
          <li>Ends: {dayWords(details.endDate)}</li>
        </ul>
        <h3>Termination and return of data</h3>
        <Markdown text={details.terminationAndReturn} />
      </Section>

      <Section title="Signatures">
        {document.version ? (
          <p className="text-sm break-all">
            These signatures are on version {document.version.number}, whose content has the SHA-256
            fingerprint {document.version.contentHash}.
          </p>
        ) : (
          <p>This working draft has not been sent for signature.</p>
        )}
        <table className="nhs-table text-base" data-testid="signature-block">
          <caption className="sr-only">Signatures</caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              <th scope="col">Signed by</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {content.parties.map((party) => {
              const signature = document.signatures.find(
                (s) => s.partyOrganisationId === party.organisationId,
              );
              return (
                <tr key={party.organisationId} data-testid="signature-row">
                  <td>{nameOf(party.organisationId)}</td>
                  <td>
                    {signature ? (
                      <>
                        {signature.decision === "SIGNED" ? signature.signerName : "Declined"}
                        <span className="block text-sm">
                          {signature.decision === "SIGNED"
                            ? signature.signerRole
                            : `${signature.signerName}: ${signature.reason ?? "no reason given"}`}
                        </span>
                      </>
                    ) : (
                      "Not yet signed"
                    )}
                  </td>
                  <td>{signature ? timeFormat.format(signature.signedAt) : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>

      <footer
        className="mt-8 border-t border-nhs-grey-3 pt-4 text-sm"
        data-testid="document-footer"
      >
        Generated on {timeFormat.format(generatedAt)}; the register is the definitive version.
      </footer>
    </article>
  );
}
