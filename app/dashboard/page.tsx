import { DashboardView } from "@/components/dashboard/dashboard-view";
import { WideLayout } from "@/components/layout/wide-layout";
import { requireActor } from "@/lib/auth/require-actor";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { dashboardQuerySchema } from "@/lib/dashboard/schemas";
import { getPrisma } from "@/lib/db/client";

export const metadata = { title: "Programme dashboard" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/dashboard");
  const query = dashboardQuerySchema.parse(await searchParams);
  const dashboard = await loadDashboard(await getPrisma(), actor, {
    placeId: query.place,
    organisationType: query.type,
  });
  return (
    <WideLayout>
      <h1>Programme dashboard</h1>
      <p className="nhs-lede">
        Where the coalition stands across every area: engagement, commitments, pathways, data needs,
        digital maturity, agreements and the forums. Each figure opens the list behind it.
      </p>
      <DashboardView dashboard={dashboard} />
    </WideLayout>
  );
}
