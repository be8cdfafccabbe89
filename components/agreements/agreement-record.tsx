import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { Markdown } from "@/components/ui/markdown";
import { describeAction } from "@/lib/audit/describe-action";
import { caldicottAnswers, dpiaScreeningCodes } from "@/lib/agreements/details-data";
import type { AgreementView } from "@/lib/agreements/get-agreement";
import {
  agreementTypeLabels,
  article6Labels,
  article9Labels,
  caldicottPrinciples,
  confidentialityBasisLabels,
  controllerRoleLabels,
  directionLabels,
  dpiaOutcomeLabels,
  dpiaScreeningLabels,
  identifiabilityLabels,
  sharingUseLabels,
  signatureDecisionLabels,
  yesNo,
} from "@/lib/agreements/labels";
import { transitionLabels } from "@/lib/agreements/lifecycle";

import { formatDay, formatMoment } from "./format";
import { StatusTag } from "./status-tag";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[16rem_1fr] md:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="m-0 break-words">{children}</dd>
    </div>
  );
}

const orNot = (text: string | null | undefined) => (text ? text : "Not recorded");

/** The whole record of an agreement, section by section. */
export function AgreementRecord({ view }: { view: AgreementView }) {
  const { agreement } = view;
  const id = agreement.id;
  const screening = dpiaScreeningCodes(agreement.dpiaScreening);
  return (
    <>
      <section aria-labelledby="summary-heading" className="nhs-card">
        <h2 id="summary-heading" className="sr-only">
          Summary
        </h2>
        <p className="mb-2">
          <StatusTag status={agreement.status} /> Version {agreement.versionNumber}
        </p>
        {agreement.statusReason ? <p className="mb-2">Reason: {agreement.statusReason}</p> : null}
        {view.liveVersion ? (
          <p className="mb-2 break-all">
            SHA-256 of the version sent for signature: <code>{view.liveVersion.contentHash}</code>
          </p>
        ) : null}
        {view.missingForSignature.length > 0 && view.canEdit ? (
          <p className="mb-2">
            Before it can go for signature, add: {view.missingForSignature.join(", ")}.
          </p>
        ) : null}
        <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
          {view.canEdit ? (
            <>
              <li>
                <Link href={`/agreements/${id}/edit`}>Edit details</Link>
              </li>
              <li>
                <Link href={`/agreements/${id}/parties`}>Edit parties</Link>
              </li>
              <li>
                <Link href={`/agreements/${id}/data`}>Edit data and flows</Link>
              </li>
            </>
          ) : null}
          {view.transitions.some((t) => t !== "sign" && t !== "decline") ? (
            <li>
              <Link href={`/agreements/${id}/status`}>
                {view.transitions
                  .filter((t) => t !== "sign" && t !== "decline")
                  .map((t) => transitionLabels[t])
                  .join(", ")}
              </Link>
            </li>
          ) : null}
          {view.transitions.includes("sign") ? (
            <li>
              <Link href={`/agreements/${id}/sign`}>Sign for your organisation</Link>
            </li>
          ) : null}
          {view.transitions.includes("decline") ? (
            <li>
              <Link href={`/agreements/${id}/decline`}>Decline to sign</Link>
            </li>
          ) : null}
          {view.canReadPrivate ? (
            <li>
              <Link href={`/agreements/${id}/versions`}>Versions</Link>
            </li>
          ) : null}
          {view.canReadPrivate ? (
            <li>
              <Link href={`/agreements/${id}/document`}>Printable agreement</Link>
            </li>
          ) : null}
          {view.canReadPrivate ? (
            <li>
              <Link href={`/agreements/${id}/publication`}>
                Publication ({agreement.published ? "published" : "not published"})
              </Link>
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <dl className="mb-6">
          <Row label="Reference">{agreement.reference}</Row>
          <Row label="Type">{agreementTypeLabels[agreement.type]}</Row>
          <Row label="Start date">{formatDay(agreement.startDate)}</Row>
          <Row label="Review date">{formatDay(agreement.reviewDate)}</Row>
          <Row label="End date">{formatDay(agreement.endDate)}</Row>
        </dl>
      </section>

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">Parties</h2>
        {view.parties.length === 0 ? (
          <p>No parties yet.</p>
        ) : (
          <ScrollRegion labelledBy="parties-caption">
            <table className="nhs-table">
              <caption id="parties-caption" className="sr-only">
                Parties to the agreement
              </caption>
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col">Role</th>
                  <th scope="col">Legal basis</th>
                  {view.canReadPrivate ? <th scope="col">Contacts</th> : null}
                  <th scope="col">Signatory</th>
                </tr>
              </thead>
              <tbody>
                {view.parties.map((party) => (
                  <tr key={party.id}>
                    <th scope="row" className="font-normal">
                      <Link href={`/organisations/${party.organisationId}`}>
                        {party.organisationName}
                      </Link>
                    </th>
                    <td>
                      {controllerRoleLabels[party.controllerRole]};{" "}
                      {directionLabels[party.direction].toLowerCase()}
                    </td>
                    <td>
                      {party.article6Basis
                        ? article6Labels[party.article6Basis]
                        : "Article 6 not recorded"}
                      <br />
                      {party.article9Condition
                        ? article9Labels[party.article9Condition]
                        : "No Article 9 condition"}
                      {party.schedule1Condition ? (
                        <>
                          <br />
                          DPA 2018 Schedule 1: {party.schedule1Condition}
                        </>
                      ) : null}
                      <br />
                      Privacy notice updated: {yesNo(party.privacyNoticeUpdated)}
                    </td>
                    {view.canReadPrivate ? (
                      <td>
                        {party.contactName || party.contactEmail
                          ? `${party.contactName} ${party.contactEmail}`.trim()
                          : "No contact"}
                        <br />
                        DPO:{" "}
                        {party.dpoName || party.dpoEmail
                          ? `${party.dpoName} ${party.dpoEmail}`.trim()
                          : "not recorded"}
                      </td>
                    ) : null}
                    <td>
                      {party.signatory ? party.signatory.name : "Not named"}
                      {agreement.status === "AWAITING_SIGNATURES" ? (
                        <>
                          <br />
                          {party.signed ? "Signed this version" : "Not signed yet"}
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section aria-labelledby="purpose-heading">
        <h2 id="purpose-heading">Purpose</h2>
        <h3>Purposes</h3>
        <Markdown text={agreement.purposes} />
        <h3>Why the sharing is necessary</h3>
        <p className="whitespace-pre-line">{orNot(agreement.necessity)}</p>
        <h3>Expected benefits</h3>
        <p className="whitespace-pre-line">{orNot(agreement.benefits)}</p>
        <dl className="mb-6">
          <Row label="Use">{sharingUseLabels[agreement.use]}</Row>
        </dl>
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Data</h2>
        <dl className="mb-6">
          <Row label="Data subjects">
            <span className="whitespace-pre-line">{orNot(agreement.dataSubjects)}</span>
          </Row>
          <Row label="Kinds of data">
            {view.categories.length > 0
              ? view.categories.map((category) => category.name).join(", ")
              : "None yet"}
          </Row>
          <Row label="Special category data">{yesNo(agreement.specialCategoryData)}</Row>
          <Row label="Criminal offence data">{yesNo(agreement.criminalOffenceData)}</Row>
          <Row label="Children or vulnerable adults">{yesNo(agreement.childrenOrVulnerable)}</Row>
          <Row label="Identifiability">{identifiabilityLabels[agreement.identifiability]}</Row>
          <Row label="Covers by rule">
            {agreement.coversByRule
              ? "Yes: every flow between two parties whose kinds of data it lists"
              : "No: only the flows listed"}
          </Row>
        </dl>
        <h3>Pathway flows it covers</h3>
        {view.flows.length === 0 ? (
          <p>No flows listed.</p>
        ) : (
          <ul>
            {view.flows.map((flow) => (
              <li key={flow.id}>
                <Link href={`/pathways/${flow.pathway.id}`}>{flow.pathway.name}</Link>:{" "}
                {flow.fromStep.organisation?.name ?? flow.fromStep.name} to{" "}
                {flow.toStep.organisation?.name ?? flow.toStep.name} ({flow.purpose})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="legal-heading">
        <h2 id="legal-heading">Legal</h2>
        <dl className="mb-6">
          <Row label="Common law duty of confidentiality">
            {agreement.confidentialityBasis
              ? confidentialityBasisLabels[agreement.confidentialityBasis]
              : "Not recorded"}
          </Row>
          <Row label="Statutory powers">
            <span className="whitespace-pre-line">{orNot(agreement.statutoryPowers)}</span>
          </Row>
        </dl>
      </section>

      <section aria-labelledby="governance-heading">
        <h2 id="governance-heading">Governance</h2>
        <h3>Retention and disposal</h3>
        <Markdown text={agreement.retention} />
        <h3>Security measures</h3>
        <Markdown text={agreement.security} />
        <dl className="mb-6">
          <Row label="Data quality checks">
            <span className="whitespace-pre-line">{orNot(agreement.dataQuality)}</span>
          </Row>
          <Row label="Subject rights requests">
            <span className="whitespace-pre-line">{orNot(agreement.subjectRights)}</span>
          </Row>
          <Row label="Breach procedure">
            <span className="whitespace-pre-line">{orNot(agreement.breachProcedure)}</span>
          </Row>
        </dl>
        <h3>Data protection impact assessment</h3>
        <dl className="mb-6">
          <Row label="DPIA needed">{yesNo(agreement.dpiaNeeded)}</Row>
          <Row label="Screening (ICO criteria that apply)">
            {screening.length > 0
              ? screening.map((code) => dpiaScreeningLabels[code]).join("; ")
              : "None of the criteria apply, or not screened"}
          </Row>
          <Row label="DPIA reference">{orNot(agreement.dpiaReference)}</Row>
          <Row label="Outcome">
            {agreement.dpiaOutcome ? dpiaOutcomeLabels[agreement.dpiaOutcome] : "Not recorded"}
          </Row>
          <Row label="Date">{formatDay(agreement.dpiaDate)}</Row>
          <Row label="DPO advice">
            <span className="whitespace-pre-line">{orNot(agreement.dpoAdvice)}</span>
          </Row>
        </dl>
        <h3>Caldicott principles</h3>
        <ol className="mb-6">
          {caldicottAnswers(agreement.caldicott).map((answer) => (
            <li key={answer.principle} className="mb-2">
              {caldicottPrinciples[answer.principle - 1]}:{" "}
              <strong>{answer.met ? "met" : "not confirmed"}</strong>
              {answer.note ? (
                <span className="block whitespace-pre-line">{answer.note}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="lifecycle-heading">
        <h2 id="lifecycle-heading">Lifecycle</h2>
        <h3>Termination and data return</h3>
        <p className="whitespace-pre-line">{orNot(agreement.terminationAndReturn)}</p>
      </section>

      {view.canReadPrivate ? (
        <>
          <section aria-labelledby="signatures-heading">
            <h2 id="signatures-heading">Signatures</h2>
            {view.signatures.length === 0 ? (
              <p>No one has signed or declined yet.</p>
            ) : (
              <ScrollRegion labelledBy="signatures-caption">
                <table className="nhs-table">
                  <caption id="signatures-caption" className="sr-only">
                    Signatures and refusals
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Organisation</th>
                      <th scope="col">Decision</th>
                      <th scope="col">By</th>
                      <th scope="col">When</th>
                      <th scope="col">Version</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.signatures.map((signature) => (
                      <tr key={signature.id}>
                        <th scope="row" className="font-normal">
                          {signature.organisationName}
                        </th>
                        <td>
                          {signatureDecisionLabels[signature.decision]}
                          {signature.voidedAt ? " (voided)" : ""}
                          {signature.reason ? `: ${signature.reason}` : ""}
                        </td>
                        <td>
                          {signature.signerName}, {signature.signerRole}
                        </td>
                        <td className="whitespace-nowrap">{formatMoment(signature.signedAt)}</td>
                        <td>
                          {signature.version.number}
                          <span className="block break-all text-sm">
                            SHA-256 {signature.contentHash.slice(0, 16)}…
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </section>
          <section aria-labelledby="log-heading">
            <h2 id="log-heading">Variation log</h2>
            {view.log.length === 0 ? (
              <p>Nothing recorded yet.</p>
            ) : (
              <ul>
                {view.log.map((entry) => {
                  const reason =
                    entry.after &&
                    typeof entry.after === "object" &&
                    "reason" in entry.after &&
                    typeof entry.after.reason === "string"
                      ? entry.after.reason
                      : null;
                  return (
                    <li key={entry.id}>
                      {formatMoment(entry.occurredAt)}: {describeAction(entry.action)}
                      {entry.actorEmail ? ` (${entry.actorEmail})` : ""}
                      {reason ? `: ${reason}` : ""}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
