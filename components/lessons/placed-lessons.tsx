import Link from "@/components/ui/link";

import { lessonOutcomeLabels } from "@/lib/lessons/labels";
import type { PlacedLesson } from "@/lib/lessons/placements";

/** A short list of lessons shown where they help, each with its outcome. */
export function PlacedLessonList({ lessons }: { lessons: PlacedLesson[] }) {
  return (
    <ul>
      {lessons.map((lesson) => (
        <li key={lesson.id}>
          <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link> (
          {lessonOutcomeLabels[lesson.outcome].toLowerCase()})
        </li>
      ))}
    </ul>
  );
}

/** Under an organisation's systems: lessons from organisations running the same products. */
export function ProductLessonsSection({
  products,
  lessons,
}: {
  products: string[];
  lessons: Map<string, PlacedLesson[]>;
}) {
  const withLessons = [...new Set(products)].filter(
    (product) => (lessons.get(product.toLowerCase()) ?? []).length > 0,
  );
  if (withLessons.length === 0) return null;
  return (
    <section aria-labelledby="product-lessons-heading" className="mb-8">
      <h2 id="product-lessons-heading">Lessons from organisations running the same product</h2>
      {withLessons.map((product) => (
        <div key={product}>
          <h3 className="text-lg">
            {product}{" "}
            <Link
              href={`/lessons?product=${encodeURIComponent(product)}`}
              className="text-base font-normal"
            >
              All lessons on {product}
            </Link>
          </h3>
          <PlacedLessonList lessons={lessons.get(product.toLowerCase()) ?? []} />
        </div>
      ))}
    </section>
  );
}
