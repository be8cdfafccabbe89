import Link from "@/components/ui/link";

/** What an emailed link that cannot be used says instead: why, and what to do next. */
export function LinkProblem({
  heading,
  message,
  next,
}: {
  heading: string;
  message: string;
  next: { href: string; label: string };
}) {
  return (
    <div className="max-w-[720px]">
      <h1>{heading}</h1>
      <p className="nhs-card border-l-8 border-l-nhs-yellow">{message}</p>
      <p>
        <Link href={next.href}>{next.label}</Link>
      </p>
    </div>
  );
}
