import { exportFormats } from "@/lib/pathways/export/formats";

/**
 * Links to a pathway's exports and print view. Downloads are plain links, so nothing fetches
 * them ahead of a click. `published` asks for the latest published version instead of the draft.
 */
export function ExportLinks({
  pathwayId,
  published = false,
}: {
  pathwayId: string;
  published?: boolean;
}) {
  const base = `/pathways/${encodeURIComponent(pathwayId)}`;
  const query = published ? "?version=published" : "";
  return (
    <nav aria-labelledby="export-links-heading" className="nhs-card">
      <h2 id="export-links-heading" className="text-xl">
        Export {published ? "the published version" : "this pathway"}
      </h2>
      <ul className="mb-0">
        <li>
          <a href={`${base}/print${query}`}>Print view</a>
        </li>
        {Object.entries(exportFormats).map(([format, { label }]) => (
          <li key={format}>
            <a href={`${base}/export/${format}${query}`} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
