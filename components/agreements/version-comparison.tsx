import { ScrollRegion } from "@/components/layout/scroll-region";
import type { VersionChange } from "@/lib/agreements/compare-versions";

// The words for the fields a comparison names; a field not listed shows its own name.
const fieldLabels: Record<string, string> = {
  reference: "Reference",
  title: "Title",
  type: "Type",
  purposes: "Purposes",
  necessity: "Why the sharing is necessary",
  benefits: "Expected benefits",
  use: "Use",
  dataSubjects: "Data subjects",
  specialCategoryData: "Special category data",
  criminalOffenceData: "Criminal offence data",
  childrenOrVulnerable: "Children or vulnerable adults",
  identifiability: "Identifiability",
  coversByRule: "Covers by rule",
  confidentialityBasis: "Common law basis",
  statutoryPowers: "Statutory powers",
  retention: "Retention and disposal",
  security: "Security measures",
  dataQuality: "Data quality checks",
  subjectRights: "Subject rights requests",
  breachProcedure: "Breach procedure",
  dpiaNeeded: "DPIA needed",
  dpiaScreening: "DPIA screening",
  dpiaReference: "DPIA reference",
  dpiaOutcome: "DPIA outcome",
  dpiaDate: "DPIA date",
  dpoAdvice: "DPO advice",
  caldicott: "Caldicott principles",
  startDate: "Start date",
  reviewDate: "Review date",
  endDate: "End date",
  terminationAndReturn: "Termination and data return",
  controllerRole: "Role under UK GDPR",
  direction: "Provides or receives",
  contactName: "Contact name",
  contactEmail: "Contact email",
  dpoName: "DPO",
  dpoEmail: "DPO email",
  signatoryId: "Signatory",
  article6Basis: "Article 6 basis",
  article9Condition: "Article 9 condition",
  schedule1Condition: "Schedule 1 condition",
  privacyNoticeUpdated: "Privacy notice updated",
};

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === "") return "(blank)";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return JSON.stringify(value);
};

/** A field-by-field table of what changed from one version to another. */
export function VersionComparison({
  changes,
  names,
  caption,
}: {
  changes: VersionChange[];
  names: Record<"organisations" | "categories" | "flows", Record<string, string>>;
  caption: string;
}) {
  if (changes.length === 0) return <p>The two versions have the same content.</p>;
  const rows = changes.map((change) => {
    switch (change.kind) {
      case "detail":
        return [fieldLabels[change.field] ?? change.field, show(change.before), show(change.after)];
      case "party_changed":
        return [
          `${names.organisations[change.organisationId] ?? "A party"}: ${fieldLabels[change.field] ?? change.field}`,
          show(change.before),
          show(change.after),
        ];
      case "party_added":
        return ["Party", "(not a party)", names.organisations[change.organisationId] ?? "A party"];
      case "party_removed":
        return ["Party", names.organisations[change.organisationId] ?? "A party", "(not a party)"];
      case "category_added":
        return [
          "Kind of data",
          "(not covered)",
          names.categories[change.dataCategoryId] ?? "A kind of data",
        ];
      case "category_removed":
        return [
          "Kind of data",
          names.categories[change.dataCategoryId] ?? "A kind of data",
          "(not covered)",
        ];
      case "flow_added":
        return ["Flow", "(not covered)", names.flows[change.flowId] ?? "A flow"];
      case "flow_removed":
        return ["Flow", names.flows[change.flowId] ?? "A flow", "(not covered)"];
    }
  });
  return (
    <ScrollRegion labelledBy="comparison-caption">
      <table className="nhs-table">
        <caption id="comparison-caption" className="text-left font-bold">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([field, before, after], index) => (
            <tr key={index}>
              <th scope="row" className="font-normal">
                {field}
              </th>
              <td className="whitespace-pre-line break-words">{before}</td>
              <td className="whitespace-pre-line break-words">{after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
