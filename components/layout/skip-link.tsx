export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="absolute -left-[9999px] top-0 z-50 p-2 focus:left-0 focus:relative"
    >
      Skip to main content
    </a>
  );
}
