import { ScrollRegion } from "@/components/layout/scroll-region";
import { PerEntry } from "@/lib/db/derived-cache";
import { html, innerMarkup, type Markup } from "@/lib/html/markup";
import { cellKey, type Heatmap, type HeatmapCount } from "@/lib/data-needs/coalition-heatmap";
import { coalitionHref } from "@/lib/data-needs/links";
import type { CoalitionNeedsQuery } from "@/lib/data-needs/schemas";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypeLabels, organisationTypeName } from "@/lib/organisations/types";

// Colour for sighted readers, in NHS colours, darker for more unmet needs (the heat-N classes in
// app/globals.css); the count is always written in the cell. The rows are markup (lib/html/markup)
// with plain anchors: a page of hundreds of client-side links costs the server and the browser
// more than the navigation saves.

export const shadeLevel = (count: number, max: number) =>
  count === 0 || max === 0 ? 0 : Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));

const needsWord = (count: number) => (count === 1 ? "need" : "needs");

function cell(count: HeatmapCount | undefined, max: number, href: string, description: string) {
  const total = count?.total ?? 0;
  if (total === 0) return html`<td class="heat-0">0</td>`;
  const label = `${total} ${needsWord(total)} not fully met: ${description} (${count?.notMet ?? 0} not met at all, ${count?.partlyMet ?? 0} partly met)`;
  return html`<td class="heat-${shadeLevel(total, max)}">
    <a href="${href}" aria-label="${label}">${total}</a>
  </td>`;
}

function totalCell(total: number, href: string, description: string) {
  if (total === 0) return html`<td class="font-bold">0</td>`;
  const label = `${total} ${needsWord(total)} not fully met: ${description}`;
  return html`<td class="font-bold"><a href="${href}" aria-label="${label}">${total}</a></td>`;
}

type HeatmapFilters = Pick<CoalitionNeedsQuery, "place" | "pathway">;

const listHref = (filters: HeatmapFilters, category?: string, type?: OrganisationType) =>
  coalitionHref("/data-needs/list", { ...filters, category, type });

const typeNames = (type: OrganisationType) => organisationTypeName(type, { plural: true });

// A row per data category, with its total: the same for every lead who opens these filters
// until the needs change, so made once per heatmap the cache holds.
function categoryRows(heatmap: Heatmap, filters: HeatmapFilters) {
  return html`${heatmap.categories.map(
    (category) =>
      html`<tr>
        <th scope="row" class="font-normal">${category.name}</th>
        ${heatmap.types.map((type) =>
          cell(
            heatmap.cells.get(cellKey(category.id, type)),
            heatmap.max,
            listHref(filters, category.id, type),
            `${category.name} needed by ${typeNames(type)}`,
          ),
        )}${totalCell(
          heatmap.rowTotals.get(category.id) ?? 0,
          listHref(filters, category.id),
          `${category.name}, all types of organisation`,
        )}
      </tr>`,
  )}`;
}

function totalsRow(heatmap: Heatmap, filters: HeatmapFilters) {
  return html`<tr>
    <th scope="row">All kinds of data</th>
    ${heatmap.types.map((type) =>
      totalCell(
        heatmap.columnTotals.get(type) ?? 0,
        listHref(filters, undefined, type),
        `all kinds of data needed by ${typeNames(type)}`,
      ),
    )}${totalCell(heatmap.total, listHref(filters), "all kinds of data, all types of organisation")}
  </tr>`;
}

const made = new PerEntry<Heatmap, Markup>();

/**
 * The heatmap as a table: a row per data category, a column per type of needing organisation, each
 * cell the count of needs not met or partly met, linking to those needs.
 */
export function HeatmapTable({ heatmap, filters }: { heatmap: Heatmap; filters: HeatmapFilters }) {
  const key = `${filters.place ?? ""}|${filters.pathway ?? ""}`;
  const rows = made.get(heatmap, `rows|${key}`, () => categoryRows(heatmap, filters));
  const totals = made.get(heatmap, `totals|${key}`, () => totalsRow(heatmap, filters));
  return (
    <ScrollRegion labelledBy="heatmap-caption" sticky>
      <table className="nhs-table nhs-heatmap bg-white text-sm">
        <caption id="heatmap-caption" className="text-left">
          Data needs not fully met, by kind of data (rows) and the type of organisation that needs
          it (columns)
        </caption>
        <thead>
          <tr>
            <th scope="col">Kind of data</th>
            {heatmap.types.map((type) => (
              <th key={type} scope="col" className="min-w-[6rem] text-center">
                {organisationTypeLabels[type]}
              </th>
            ))}
            <th scope="col" className="text-center">
              All types
            </th>
          </tr>
        </thead>
        <tbody {...innerMarkup(rows)} />
        <tfoot {...innerMarkup(totals)} />
      </table>
    </ScrollRegion>
  );
}

/** What the shades mean. */
export function HeatmapKey() {
  const steps = ["None", "A few", "Some", "Many", "The most"];
  return (
    <div className="mb-6">
      <h2 className="text-lg">Key</h2>
      <ul className="flex flex-wrap gap-4">
        {steps.map((label, level) => (
          <li key={label} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={`inline-block h-5 w-8 border border-nhs-grey-3 heat-${level}`}
            />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
