import type { DbTransaction } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { TemplateContent } from "@/lib/agreements/templates";

// The agreement templates every coalition starts with: direct care across the integrated care
// system, on the lawful basis most health and care sharing uses.

export const DIRECT_CARE_TEMPLATE_NAME = "Direct care in the integrated care system";

const directCare: TemplateContent = {
  details: {
    type: "INFORMATION_SHARING_PROTOCOL",
    purposes:
      "Sharing information about the people the parties care for, so that each of them has what it needs to give **safe, joined-up direct care**:\n\n- when someone moves between services, such as on discharge from hospital;\n- when several services care for someone at the same time.",
    necessity:
      "Care is unsafe when the people giving it do not know the person's current problems, medicines, allergies and wishes.",
    benefits:
      "Fewer repeated assessments, safer medicines, quicker discharges, and people telling their story once.",
    use: "DIRECT_CARE",
    dataSubjects: "People receiving health or social care from two or more of the parties.",
    specialCategoryData: true,
    identifiability: "IDENTIFIABLE",
    confidentialityBasis: "IMPLIED_CONSENT_DIRECT_CARE",
    statutoryPowers:
      "Health and Social Care Act 2012, section 251B (the duty to share information for direct care); Care Act 2014.",
    retention:
      "Each party keeps what it receives as part of its own care record, for as long as the **Records Management Code of Practice** says, then disposes of it securely.",
    security:
      "- Shared only through the systems and secure channels named for each flow\n- Role-based access, audited\n- Each party meets the Data Security and Protection Toolkit standards",
    dataQuality: "Each party checks NHS numbers against the Personal Demographics Service.",
    subjectRights:
      "Each party handles requests about the records it holds, and tells the others when a correction affects what they were sent.",
    breachProcedure:
      "A party that finds a breach tells the others within 24 hours and reports it through the Data Security and Protection Toolkit when it must.",
    dpiaNeeded: "yes",
    dpiaScreening: ["DATA_MATCHING"],
    caldicott: [
      { met: true, note: "Direct care of the person." },
      { met: true, note: "Care cannot be safe without it." },
      { met: true, note: "Only the kinds of data each flow needs." },
      { met: true, note: "Role-based access in each party's systems." },
      { met: true, note: "Each party trains its staff." },
      { met: true, note: "UK GDPR Article 6(1)(e) and 9(2)(h)." },
      { met: true, note: "This agreement exists to share for individual care." },
      { met: false, note: "Each party updates its privacy notice." },
    ],
    terminationAndReturn:
      "A party may leave with three months' notice. What has already been shared stays part of the receiving party's care record.",
  },
  partyDefaults: {
    article6Basis: "E_PUBLIC_TASK",
    article9Condition: "H_HEALTH_OR_SOCIAL_CARE",
    schedule1Condition: "Part 1, paragraph 2 (health or social care purposes)",
  },
  dataCategoryNames: [
    "Person demographics",
    "Allergies and adverse reactions",
    "Medications and medical devices",
    "Problems and diagnoses",
  ],
};

/** Adds the starting templates (once: a template of the same name is left as it is). */
export async function seedAgreementTemplates(tx: DbTransaction): Promise<void> {
  await tx.agreementTemplate.createMany({
    data: [
      {
        name: DIRECT_CARE_TEMPLATE_NAME,
        description:
          "Sharing for direct care between health and care organisations: UK GDPR Article 6(1)(e) and 9(2)(h), with implied consent for the common law duty of confidentiality.",
        content: directCare as Prisma.InputJsonObject,
      },
    ],
    skipDuplicates: true,
  });
}
