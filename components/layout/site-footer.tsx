import Link from "@/components/ui/link";

export function SiteFooter() {
  return (
    <footer className="mt-auto border-t-4 border-nhs-blue bg-nhs-grey-4" role="contentinfo">
      <div className="nhs-width-container py-6 text-base">
        <h2 className="sr-only">Support links</h2>
        <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/about" className="text-nhs-text visited:text-nhs-text">
              About this service
            </Link>
          </li>
          <li>
            <Link href="/about#accessibility" className="text-nhs-text visited:text-nhs-text">
              Accessibility
            </Link>
          </li>
        </ul>
        <p className="mb-0 text-nhs-secondary">
          Coalition: shared care information, worked out together.
        </p>
      </div>
    </footer>
  );
}
