import { connection, NextResponse } from "next/server";

import { checkHealth } from "@/lib/health";

export async function GET() {
  await connection();
  const report = await checkHealth();
  return NextResponse.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
