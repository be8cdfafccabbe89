import Link from "@/components/ui/link";

/** The forums' own links and the search box (a plain GET form to /forums/search). */
export function ForumsHeader() {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 pl-0">
        <li>
          <Link href="/forums">All categories</Link>
        </li>
        <li>
          <Link href="/forums/messages">Private messages</Link>
        </li>
      </ul>
      <form
        method="get"
        action="/forums/search"
        role="search"
        aria-label="Forums"
        className="flex flex-wrap items-end gap-2"
      >
        <div>
          <label htmlFor="forum-search" className="mb-1 block font-bold">
            Search the forums
          </label>
          <input
            id="forum-search"
            name="q"
            type="search"
            className="block w-64 max-w-full border-2 border-nhs-text bg-white px-2 py-2"
          />
        </div>
        <button type="submit" className="nhs-button nhs-button-secondary mb-0">
          Search
        </button>
      </form>
    </div>
  );
}
