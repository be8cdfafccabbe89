import { dashboardPolicy } from "@/lib/dashboard/policy";
import { loadBoardReport, reportForbidden } from "@/lib/dashboard/report";
import { boardReportWorkbook } from "@/lib/dashboard/report-workbook";
import { reportQuerySchema } from "@/lib/dashboard/schemas";
import { getPrisma } from "@/lib/db/client";
import { runRoute } from "@/lib/server/route";

export async function GET(request: Request) {
  return runRoute(
    "dashboard.report_export",
    async (actor) => {
      // Who may have it first, then whether the period makes sense.
      if (!dashboardPolicy.canReadReport(actor)) throw reportForbidden();
      const query = reportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
      const report = await loadBoardReport(await getPrisma(), actor, query);
      return {
        body: new Uint8Array(await boardReportWorkbook(report)),
        fileName: `board-report-${report.from}-to-${report.to}.xlsx`,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      };
    },
    { signInReturnTo: "/dashboard/report" },
  );
}
