import { agreementStatusLabel } from "@/lib/agreements/coverage/words";
import {
  agreementTypeLabels,
  article6Labels,
  article9Labels,
  confidentialityBasisLabels,
  sharingUseLabels,
} from "@/lib/agreements/labels";
import type { PublicAgreement } from "@/lib/agreements/public/public-register";

import { dayWords } from "@/components/agreements/format";
import { Markdown } from "@/components/ui/markdown";

/** A published agreement for the public: what is shared, by whom, why and on what basis. */
export function PublicAgreementView({ agreement }: { agreement: PublicAgreement }) {
  return (
    <article>
      <p className="mb-1 text-lg">{agreementTypeLabels[agreement.type]}</p>
      <h1>{agreement.title}</h1>
      <dl className="mb-8">
        <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
          <dt className="font-bold">Reference</dt>
          <dd>{agreement.reference}</dd>
        </div>
        <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
          <dt className="font-bold">Status</dt>
          <dd>{agreementStatusLabel(agreement.status)}</dd>
        </div>
        <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
          <dt className="font-bold">Parties</dt>
          <dd>{agreement.parties.join(", ")}</dd>
        </div>
        <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
          <dt className="font-bold">Dates</dt>
          <dd>
            Starts {dayWords(agreement.startDate)}; review {dayWords(agreement.reviewDate)}; ends{" "}
            {dayWords(agreement.endDate)}
          </dd>
        </div>
      </dl>
      <h2>Purpose</h2>
      <Markdown text={agreement.purposes} />
      <h3>Why the sharing is necessary</h3>
      <Markdown text={agreement.necessity} />
      <h3>Expected benefits</h3>
      <Markdown text={agreement.benefits} />
      <p>Use: {sharingUseLabels[agreement.use]}.</p>
      <h2>Data</h2>
      <p>About: {agreement.dataSubjects || "not recorded"}</p>
      <ul className="list-disc pl-6">
        {agreement.dataCategories.map((category) => (
          <li key={category}>{category}</li>
        ))}
      </ul>
      <p>Includes special category data: {agreement.specialCategoryData ? "yes" : "no"}.</p>
      <h2>Legal bases</h2>
      <ul className="list-disc pl-6">
        {agreement.legalBases.map((basis) => (
          <li key={basis.organisation}>
            {basis.organisation}:{" "}
            {basis.article6Basis
              ? article6Labels[basis.article6Basis]
              : "Article 6 basis not recorded"}
            {basis.article9Condition ? `; ${article9Labels[basis.article9Condition]}` : ""}
            {basis.schedule1Condition ? `; DPA 2018 Schedule 1, ${basis.schedule1Condition}` : ""}
          </li>
        ))}
      </ul>
      <p>
        Common law duty of confidentiality:{" "}
        {agreement.confidentialityBasis
          ? confidentialityBasisLabels[agreement.confidentialityBasis]
          : "not recorded"}
        .
      </p>
      <h3>Statutory powers</h3>
      <Markdown text={agreement.statutoryPowers} />
    </article>
  );
}
