import "./report.css";

import Link from "@/components/ui/link";

import { ReportView } from "@/components/dashboard/report-view";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { TextField } from "@/components/ui/text-field";
import { requireActor } from "@/lib/auth/require-actor";
import { reportSpreadsheetHref } from "@/lib/dashboard/links";
import { dashboardPolicy } from "@/lib/dashboard/policy";
import { loadBoardReport } from "@/lib/dashboard/report";
import { reportQuerySchema } from "@/lib/dashboard/schemas";
import { getPrisma } from "@/lib/db/client";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Board report" };

type Search = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

export default async function BoardReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("/dashboard/report");
  if (!dashboardPolicy.canReadReport(actor)) await denyAccess(actor, "dashboard.report");
  const search = await searchParams;
  const parsed = reportQuerySchema.safeParse(search);
  const prisma = await getPrisma();
  const report = parsed.success ? await loadBoardReport(prisma, actor, parsed.data) : null;
  const places =
    report?.places ??
    (await prisma.place.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }));
  const chosen = parsed.success
    ? parsed.data
    : { place: undefined, from: first(search.from), to: first(search.to) };
  return (
    <>
      <div data-print-actions="" className="mb-8">
        <p>
          <Link href="/dashboard">Back to the dashboard</Link>. Print this page, or save it as a PDF
          from the browser&apos;s print dialogue: each section starts a new A4 page.
        </p>
        <FilterForm action="/dashboard/report" label="Board report" submitLabel="Show the report">
          <FilterSelect
            id="place"
            label="Place"
            any="The whole coalition"
            value={chosen.place}
            options={places.map((place) => ({ value: place.id, label: place.name }))}
          />
          <div className="grid grid-cols-2 gap-4">
            <TextField
              id="from"
              name="from"
              type="date"
              label="From"
              defaultValue={chosen.from ?? ""}
            />
            <TextField id="to" name="to" type="date" label="To" defaultValue={chosen.to ?? ""} />
          </div>
        </FilterForm>
        {report ? (
          <p className="mt-4">
            <a
              href={reportSpreadsheetHref({
                place: report.place?.id,
                from: report.from,
                to: report.to,
              })}
              download
            >
              Download the same figures as a spreadsheet (XLSX)
            </a>
          </p>
        ) : null}
      </div>
      {report ? (
        <ReportView report={report} />
      ) : (
        <div role="alert" className="nhs-card border-l-4 border-nhs-red">
          <h1>Board report</h1>
          <p>The period must start before it ends. Choose the dates again.</p>
        </div>
      )}
    </>
  );
}
