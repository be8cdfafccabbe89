import { GET as getReportSpreadsheet } from "@/app/dashboard/report/export.xlsx/route";

import { row } from "./row";
import { expect6 } from "./world";

// The board report's spreadsheet is the leads' alone. The dashboard page itself is read by
// everyone signed in, with named data cut to their own organisations (tests/integration/dashboard.test.ts).
export const dashboardRows = [
  row({
    handler: "app/dashboard/report/export.xlsx/route.ts#GET",
    attempt: "download the board report as a spreadsheet",
    expected: expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed"),
    run: () =>
      getReportSpreadsheet(
        new Request("http://localhost/dashboard/report/export.xlsx?from=2026-01-01&to=2026-03-31"),
      ),
  }),
];
