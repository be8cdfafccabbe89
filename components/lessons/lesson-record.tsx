import Link from "@/components/ui/link";

import { Markdown } from "@/components/ui/markdown";
import type { LessonRecord, SimilarLesson } from "@/lib/lessons/get-lesson";
import {
  careSettingLabels,
  type CareSetting,
  lessonOutcomeLabels,
  type ProjectType,
  projectTypeLabels,
  topicHref,
  type WglMeasure,
  wglMeasureLabels,
} from "@/lib/lessons/labels";
import { organisationTypeLabels, systemCategoryLabels } from "@/lib/organisations/types";

const labelOf = <T extends string>(labels: Record<T, string>, value: string | null) =>
  value !== null && Object.hasOwn(labels, value) ? labels[value as T] : null;

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-nhs-grey-4 py-2 md:flex md:gap-4">
      <dt className="font-bold md:w-1/3">{term}</dt>
      <dd className="m-0 md:w-2/3">{children}</dd>
    </div>
  );
}

/** Why a lesson is like another, in words. */
const likeness = (similar: SimilarLesson) =>
  [
    similar.sameStep ? "same pathway step" : null,
    similar.sharedSystems > 0 ? "same system" : null,
    similar.sameDimension ? "same maturity dimension" : null,
    similar.sameOrganisationType ? "same type of organisation" : null,
  ]
    .filter(Boolean)
    .join(", ");

/** A lesson learned: its context, its text, its evidence, its discussion and lessons like it. */
export function LessonRecordView({
  lesson,
  similar,
}: {
  lesson: LessonRecord;
  similar: SimilarLesson[];
}) {
  const sections = [
    { heading: "What we tried", text: lesson.whatWeTried },
    { heading: "What happened", text: lesson.whatHappened },
    { heading: "Why", text: lesson.why },
    { heading: "Early warning signs", text: lesson.earlyWarningSigns ?? "" },
    { heading: "What we recommend", text: lesson.recommendation },
  ];
  return (
    <>
      <p className="nhs-lede">
        {lessonOutcomeLabels[lesson.outcome]}. For {lesson.audience}.
      </p>
      {lesson.canEdit ? (
        <p>
          <Link href={`/lessons/${lesson.id}/edit`}>Change this lesson</Link>
        </p>
      ) : null}
      <h2>Context</h2>
      <dl className="mb-8">
        <Fact term="Recorded by">
          {lesson.author?.name ?? "A former member"}, {dateFormat.format(lesson.createdAt)}
        </Fact>
        {lesson.organisation ? (
          <Fact term="Organisation">
            <Link href={`/organisations/${lesson.organisation.id}`}>
              {lesson.organisation.name}
            </Link>
          </Fact>
        ) : null}
        {lesson.organisationType ? (
          <Fact term="Type of organisation">{organisationTypeLabels[lesson.organisationType]}</Fact>
        ) : null}
        {lesson.place ? <Fact term="Place">{lesson.place.name}</Fact> : null}
        {lesson.systems.length > 0 ? (
          <Fact term="Systems">
            <ul className="m-0 list-none pl-0">
              {lesson.systems.map((system) => (
                <li key={`${system.supplier} ${system.product}`}>
                  <Link
                    href={`/lessons?supplier=${encodeURIComponent(system.supplier)}&product=${encodeURIComponent(system.product)}`}
                  >
                    {system.product}
                  </Link>{" "}
                  ({system.supplier}, {systemCategoryLabels[system.category].toLowerCase()})
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {lesson.pathway ? (
          <Fact term="Pathway">
            <Link href={`/pathways/${lesson.pathway.id}`}>{lesson.pathway.name}</Link>
            {lesson.step ? `, step ${lesson.step.position}: ${lesson.step.name}` : ""}
          </Fact>
        ) : null}
        {lesson.dimensionName ? (
          <Fact term="Maturity dimension">{lesson.dimensionName}</Fact>
        ) : null}
        {labelOf<CareSetting>(careSettingLabels, lesson.careSetting) ? (
          <Fact term="Care setting">
            {labelOf<CareSetting>(careSettingLabels, lesson.careSetting)}
          </Fact>
        ) : null}
        {labelOf<ProjectType>(projectTypeLabels, lesson.projectType) ? (
          <Fact term="Type of project">
            {labelOf<ProjectType>(projectTypeLabels, lesson.projectType)}
          </Fact>
        ) : null}
        {labelOf<WglMeasure>(wglMeasureLabels, lesson.wglMeasure) ? (
          <Fact term="What Good Looks Like measure">
            {labelOf<WglMeasure>(wglMeasureLabels, lesson.wglMeasure)}
          </Fact>
        ) : null}
      </dl>
      {sections
        .filter((section) => section.text !== "")
        .map((section) => (
          <section key={section.heading} className="mb-6">
            <h2>{section.heading}</h2>
            <Markdown text={section.text} />
          </section>
        ))}
      {lesson.evidenceLinks.length > 0 ? (
        <section className="mb-6">
          <h2>Evidence</h2>
          <ul>
            {lesson.evidenceLinks.map((link) => (
              <li key={link}>
                <a href={link} rel="nofollow noopener ugc" className="break-all">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {lesson.topicId ? (
        <section className="nhs-card mb-8">
          <h2>Questions about this lesson</h2>
          <p className="mb-0">
            <Link href={topicHref(lesson.topicId)}>Ask a question or read the discussion</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="similar-heading" className="mb-8">
        <h2 id="similar-heading">Lessons like this one</h2>
        {similar.length === 0 ? (
          <p>No other lesson shares its step, systems, dimension or type of organisation yet.</p>
        ) : (
          <ul>
            {similar.map((other) => (
              <li key={other.id}>
                <Link href={`/lessons/${other.id}`}>{other.title}</Link> (
                {lessonOutcomeLabels[other.outcome].toLowerCase()}; {likeness(other)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
