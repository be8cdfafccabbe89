import type { DbTransaction } from "@/lib/db/types";
import type { OrganisationType } from "@/lib/generated/prisma/client";

// The two demo frameworks. The first is modelled on the success measures of NHS England's "What
// Good Looks Like"; the second asks about the socio-organisational ground that shared care records
// stand on. Levels run from 1 (not started) to 5 (leading), each saying what that level looks like.

interface DemoQuestion {
  key: string;
  text: string;
  guidance?: string;
  levels: [string, string, string, string, string];
  allowNotApplicable?: boolean;
  appliesTo?: OrganisationType[];
}

interface DemoDimension {
  key: string;
  name: string;
  description: string;
  questions: DemoQuestion[];
}

export interface DemoFramework {
  name: string;
  description: string;
  dimensions: DemoDimension[];
}

const CARE_PROVIDERS: OrganisationType[] = ["CARE_HOME", "HOME_CARE_PROVIDER", "HOSPICE"];
const CLINICAL_PROVIDERS: OrganisationType[] = [
  "ACUTE_TRUST",
  "COMMUNITY_TRUST",
  "MENTAL_HEALTH_TRUST",
  "AMBULANCE_TRUST",
  "GP_PRACTICE",
  "HOSPICE",
  "PHARMACY",
];

export const WHAT_GOOD_LOOKS_LIKE = "What Good Looks Like";
export const SOCIO_ORGANISATIONAL_READINESS = "Socio-organisational readiness for shared care";

export const demoFrameworks: DemoFramework[] = [
  {
    name: WHAT_GOOD_LOOKS_LIKE,
    description:
      "Seven success measures for digitally mature health and care organisations, modelled on NHS England's What Good Looks Like framework.",
    dimensions: [
      {
        key: "well-led",
        name: "Well led",
        description: "Leaders own the digital strategy and it is part of the organisation's plans.",
        questions: [
          {
            key: "digital-strategy",
            text: "Does the board own a digital strategy that supports shared care across the coalition?",
            guidance:
              "Look for a strategy the board has approved and reviews, not only an IT plan.",
            levels: [
              "No digital strategy exists",
              "A strategy is being drafted by IT alone",
              "An approved strategy exists but is rarely reviewed",
              "The board reviews progress against the strategy every year",
              "The strategy is co-owned with coalition partners and drives investment",
            ],
          },
          {
            key: "digital-leadership",
            text: "Is there a named leader responsible for digital and data at senior level?",
            levels: [
              "Nobody holds the responsibility",
              "It falls informally to a manager with other duties",
              "A named lead exists below senior level",
              "A senior leader holds it with time and budget",
              "A senior leader holds it and represents the organisation across the coalition",
            ],
          },
          {
            key: "clinical-and-care-voice",
            text: "Do clinicians and care professionals shape digital decisions?",
            levels: [
              "Digital decisions are made without them",
              "They are told about decisions after they are made",
              "They are consulted on major changes",
              "A named clinical or care lead takes part in decisions",
              "Professionals lead design and evaluation of digital change",
            ],
          },
        ],
      },
      {
        key: "smart-foundations",
        name: "Ensure smart foundations",
        description: "Systems, infrastructure and people are in place to work digitally.",
        questions: [
          {
            key: "electronic-record",
            text: "How much of the care record is electronic?",
            guidance: "Count the record used day to day, not scanned archives.",
            levels: [
              "Records are on paper",
              "Some records are electronic, most are on paper",
              "Most records are electronic with paper in places",
              "The whole record is electronic",
              "The electronic record is structured, coded and shared with partners",
            ],
          },
          {
            key: "infrastructure",
            text: "Are networks, devices and Wi-Fi reliable enough for care to depend on them?",
            levels: [
              "Outages stop work often",
              "Connectivity is patchy across sites",
              "Most sites are reliable; some gaps remain",
              "All sites are reliable with support in working hours",
              "Resilient infrastructure with round-the-clock support and tested fallback",
            ],
          },
          {
            key: "digital-workforce",
            text: "Does the organisation have the digital and data staff it needs?",
            allowNotApplicable: true,
            guidance: "Small providers that buy support in may answer not applicable.",
            levels: [
              "No digital or data staff, and no bought-in support",
              "Support is ad hoc and unplanned",
              "Some staff or a support contract cover the basics",
              "A planned team or contract covers current needs",
              "A planned team that grows skills across partners",
            ],
          },
        ],
      },
      {
        key: "safe-practice",
        name: "Safe practice",
        description: "Cyber security, information governance and clinical safety are routine.",
        questions: [
          {
            key: "dspt",
            text: "What is the organisation's Data Security and Protection Toolkit status?",
            levels: [
              "Not registered",
              "Registered but not published",
              "Approaching standards",
              "Standards met",
              "Standards exceeded, with independent assurance",
            ],
          },
          {
            key: "cyber-resilience",
            text: "Is there a tested plan to keep caring safely through a cyber incident?",
            levels: [
              "No plan",
              "A plan exists on paper only",
              "A plan exists and staff know of it",
              "The plan is tested every year",
              "The plan is tested with partners and lessons acted on",
            ],
          },
          {
            key: "clinical-safety",
            text: "Are new digital systems assessed for clinical safety (DCB0160)?",
            appliesTo: CLINICAL_PROVIDERS,
            levels: [
              "No assessment is made",
              "Suppliers' documents are filed without review",
              "A safety officer reviews major systems",
              "Every deployment has a safety case and hazard log",
              "Safety cases are shared and reviewed with partners",
            ],
          },
        ],
      },
      {
        key: "support-people",
        name: "Support people",
        description: "Staff have the skills, tools and time to work digitally.",
        questions: [
          {
            key: "staff-skills",
            text: "Do staff have the digital skills their roles need?",
            levels: [
              "Skills are not known",
              "Some staff struggle and there is no support",
              "Induction covers the basics",
              "Skills are assessed and training is offered by role",
              "Digital champions support colleagues and partners",
            ],
          },
          {
            key: "staff-devices",
            text: "Do staff have devices where they give care?",
            levels: [
              "Few staff have access to a device",
              "Shared devices in an office only",
              "Devices at most points of care",
              "Devices at every point of care, including visits",
              "Devices and access everywhere, with mobile working by default",
            ],
          },
        ],
      },
      {
        key: "empower-citizens",
        name: "Empower citizens",
        description: "People can reach services and their own information digitally.",
        questions: [
          {
            key: "digital-access",
            text: "Can people book, contact and manage their care online?",
            allowNotApplicable: true,
            levels: [
              "Only in person or by phone",
              "A website with information only",
              "Some online contact or booking",
              "Most services can be reached online",
              "Online services designed with the people who use them",
            ],
          },
          {
            key: "own-record",
            text: "Can people and their carers see and contribute to their own record?",
            levels: [
              "No access",
              "Access on written request only",
              "Access to parts of the record",
              "Online access to the record",
              "People add to their record and share it with whom they choose",
            ],
          },
          {
            key: "digital-inclusion",
            text: "Are people who cannot use digital services still served well?",
            levels: [
              "Not considered",
              "Considered case by case",
              "Alternatives exist for most services",
              "Inclusion is assessed for every digital change",
              "Inclusion work is planned with voluntary sector partners",
            ],
          },
        ],
      },
      {
        key: "improve-care",
        name: "Improve care",
        description: "Digital tools and shared information change how care is given.",
        questions: [
          {
            key: "shared-record-use",
            text: "Do staff use the shared care record when caring for people?",
            levels: [
              "No access to a shared care record",
              "Access exists but is rarely used",
              "Some teams use it routinely",
              "Most teams use it routinely",
              "It is part of every pathway and staff contribute to it",
            ],
          },
          {
            key: "care-plans-digital",
            text: "Are care and support plans kept digitally and shared with partners?",
            appliesTo: [...CARE_PROVIDERS, "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE", "COMMUNITY_TRUST"],
            levels: [
              "Plans are on paper",
              "Plans are typed but not shared",
              "Plans are digital and shared on request",
              "Plans are shared digitally with partners who need them",
              "Plans are shared and updated jointly across organisations",
            ],
          },
        ],
      },
      {
        key: "healthy-populations",
        name: "Healthy populations",
        description: "Data is used to plan care for the population and reduce inequalities.",
        questions: [
          {
            key: "population-data",
            text: "Does the organisation use data to understand the needs of the people it serves?",
            levels: [
              "Data is not used for planning",
              "Reports are produced but rarely used",
              "Data informs yearly planning",
              "Data is linked with partners to plan services",
              "Linked data drives proactive care and tackles inequalities",
            ],
          },
          {
            key: "research-and-evaluation",
            text: "Does the organisation take part in evaluating digital change?",
            allowNotApplicable: true,
            levels: [
              "Never",
              "Occasionally, when asked",
              "Evaluates its own projects",
              "Evaluates with partners",
              "Shares findings across the coalition and beyond",
            ],
          },
        ],
      },
    ],
  },
  {
    name: SOCIO_ORGANISATIONAL_READINESS,
    description:
      "How ready an organisation is, beyond technology, to share care information with partners: vision, governance, incentives, skills, data, systems, connectivity and relationships.",
    dimensions: [
      {
        key: "shared-vision",
        name: "Shared vision and pathways",
        description: "Partners agree why they share information and along which pathways.",
        questions: [
          {
            key: "shared-purpose",
            text: "Do staff know why the organisation shares care information with partners?",
            levels: [
              "Sharing is not discussed",
              "A few managers know the purpose",
              "The purpose is written down",
              "Staff can explain it in their own words",
              "Staff help shape the shared purpose with partners",
            ],
          },
          {
            key: "pathways-mapped",
            text: "Are the shared care pathways the organisation takes part in mapped?",
            levels: [
              "Not mapped",
              "Known informally by some staff",
              "Mapped for one pathway",
              "Mapped for the main pathways, with data flows",
              "Mapped, agreed with partners and reviewed",
            ],
          },
          {
            key: "data-needs-known",
            text: "Has the organisation recorded what data its teams need from others?",
            levels: [
              "Not recorded",
              "Known anecdotally",
              "Recorded for some teams",
              "Recorded for all teams, with timeliness and purpose",
              "Recorded, shared with partners and used to plan flows",
            ],
          },
        ],
      },
      {
        key: "information-governance",
        name: "Information governance and data ownership",
        description: "Agreements and roles let information flow lawfully and with confidence.",
        questions: [
          {
            key: "sharing-agreements",
            text: "Are data sharing agreements in place for the flows the organisation takes part in?",
            levels: [
              "None",
              "Being discussed",
              "Drafted for some flows",
              "Signed for the main flows",
              "Signed, reviewed on time, and easy for staff to find",
            ],
          },
          {
            key: "ig-confidence",
            text: "Are staff confident about what they may share and with whom?",
            levels: [
              "Staff avoid sharing for fear of breaching rules",
              "Staff are unsure and escalate most questions",
              "Staff know the rules for common cases",
              "Staff share confidently, with quick advice when unsure",
              "Staff share confidently and help partners do the same",
            ],
          },
          {
            key: "data-ownership",
            text: "Is it clear who owns and answers for shared data?",
            levels: [
              "Not clear",
              "Assumed but not written down",
              "Written down for some data",
              "Agreed for all shared data",
              "Agreed, with joint controllership handled across partners",
            ],
          },
        ],
      },
      {
        key: "incentives",
        name: "Professional and organisational incentives",
        description: "Sharing is worth the effort for the people and organisations doing it.",
        questions: [
          {
            key: "time-and-funding",
            text: "Is time and funding set aside for work on sharing information?",
            levels: [
              "None",
              "Only in people's spare time",
              "Some time for a few people",
              "Planned time and a budget",
              "Planned time and budget, pooled with partners",
            ],
          },
          {
            key: "benefits-seen",
            text: "Do staff see the benefits of sharing in their own work?",
            levels: [
              "Sharing is seen as extra work",
              "Benefits are promised but not seen",
              "Some teams see benefits",
              "Most teams see benefits",
              "Benefits are measured and shared",
            ],
          },
        ],
      },
      {
        key: "skills",
        name: "Skills and training",
        description: "People know how to use shared records and how to record data well.",
        questions: [
          {
            key: "shared-record-training",
            text: "Are staff trained to use the shared care record?",
            levels: [
              "No training",
              "Training on request",
              "Training at induction",
              "Role-based training with refreshers",
              "Training designed with partners, with champions in every team",
            ],
          },
          {
            key: "recording-skills",
            text: "Are staff trained to record data so that others can use it?",
            levels: [
              "No training",
              "Informal advice",
              "Guidance exists",
              "Training on coding and structured recording",
              "Recording quality is audited and fed back",
            ],
          },
        ],
      },
      {
        key: "data-quality",
        name: "Data quality and curation",
        description: "Shared data is accurate, complete and looked after.",
        questions: [
          {
            key: "data-quality-checks",
            text: "Is the quality of the data the organisation shares checked?",
            levels: [
              "Never",
              "When problems are reported",
              "Checked now and then",
              "Checked routinely with fixes tracked",
              "Checked routinely with partners, and trends reported",
            ],
          },
          {
            key: "identifiers",
            text: "Are NHS numbers recorded and verified for the people the organisation cares for?",
            levels: [
              "Rarely",
              "For some people",
              "For most people",
              "For nearly everyone, verified",
              "For everyone, verified, and used to match records with partners",
            ],
          },
          {
            key: "curation-roles",
            text: "Does someone look after the data that is shared (a data steward or similar)?",
            allowNotApplicable: true,
            levels: [
              "Nobody",
              "Informally",
              "A named person part of the time",
              "A named role with time",
              "A role that works with partners' stewards",
            ],
          },
        ],
      },
      {
        key: "legacy-systems",
        name: "Legacy systems and supplier openness",
        description: "Systems and suppliers let data in and out through open standards.",
        questions: [
          {
            key: "interoperability",
            text: "Can the organisation's main system send and receive data through open standards such as FHIR?",
            levels: [
              "No electronic exchange",
              "Exports and imports by file only",
              "Some standard messages",
              "Standard APIs for the main flows",
              "Open APIs used by partners, following UK Core",
            ],
          },
          {
            key: "supplier-openness",
            text: "Does the supplier support sharing with partners' systems?",
            levels: [
              "The supplier refuses or charges prohibitively",
              "Only through costly custom work",
              "Through standard products at extra cost",
              "Through standard products within the contract",
              "The supplier works with partners to improve sharing",
            ],
          },
          {
            key: "digital-social-care-record",
            text: "Does the organisation use a digital social care record that can share with the NHS?",
            appliesTo: CARE_PROVIDERS,
            levels: [
              "Paper records",
              "A digital record without sharing",
              "A digital record that shares by email or export",
              "An assured digital social care record",
              "An assured record connected to the shared care record",
            ],
          },
        ],
      },
      {
        key: "connectivity",
        name: "Connectivity and devices",
        description: "Staff can reach shared information wherever they give care.",
        questions: [
          {
            key: "network-access",
            text: "Can the organisation reach NHS services over the network (for example HSCN or internet-first)?",
            levels: [
              "No access",
              "Through one shared computer",
              "From the main site",
              "From every site",
              "From every site and on the move",
            ],
          },
          {
            key: "nhsmail",
            text: "Does the organisation use secure email (NHSmail or equivalent)?",
            levels: [
              "No secure email",
              "A shared mailbox is rarely checked",
              "A shared mailbox is checked daily",
              "Named accounts for staff who need them",
              "Secure email everywhere, moving to structured messages",
            ],
          },
        ],
      },
      {
        key: "relationships",
        name: "Relationships and leadership across organisations",
        description: "People trust each other across boundaries and lead together.",
        questions: [
          {
            key: "partnership-forums",
            text: "Does the organisation take part in the coalition's forums and decisions?",
            levels: [
              "No contact",
              "Receives updates only",
              "Attends now and then",
              "Attends regularly and contributes",
              "Leads or chairs shared work",
            ],
          },
          {
            key: "trust-between-partners",
            text: "Do staff know and trust their counterparts in partner organisations?",
            levels: [
              "No contact with counterparts",
              "Contact only when things go wrong",
              "Known contacts for common needs",
              "Regular contact and joint problem solving",
              "Joint teams across organisations",
            ],
          },
          {
            key: "voluntary-sector-voice",
            text: "Are voluntary and community organisations part of shared care planning?",
            allowNotApplicable: true,
            levels: [
              "Not involved",
              "Informed after decisions",
              "Consulted now and then",
              "Involved in planning",
              "Equal partners in planning and delivery",
            ],
          },
        ],
      },
    ],
  },
];

/** Creates the demo frameworks, each with one version; returns the versions' ids in order. */
export async function createDemoFrameworks(tx: DbTransaction): Promise<string[]> {
  const versionIds: string[] = [];
  for (const framework of demoFrameworks) {
    const version = await tx.frameworkVersion.create({
      data: {
        number: 1,
        framework: { create: { name: framework.name, description: framework.description } },
        dimensions: {
          create: framework.dimensions.map((dimension, position) => ({
            key: dimension.key,
            name: dimension.name,
            description: dimension.description,
            position,
          })),
        },
      },
      select: { id: true, dimensions: { select: { id: true, key: true } } },
    });
    const dimensionIds = new Map(version.dimensions.map((d) => [d.key, d.id]));
    await tx.frameworkQuestion.createMany({
      data: framework.dimensions.flatMap((dimension) =>
        dimension.questions.map((question, position) => ({
          versionId: version.id,
          dimensionId: dimensionIds.get(dimension.key) as string,
          key: question.key,
          text: question.text,
          guidance: question.guidance ?? null,
          levels: question.levels,
          allowNotApplicable: question.allowNotApplicable ?? false,
          appliesTo: question.appliesTo ?? [],
          position,
        })),
      ),
    });
    versionIds.push(version.id);
  }
  return versionIds;
}
