import Link from "@/components/ui/link";

import { PeerResultsView } from "@/components/peers/peer-results";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getPrisma } from "@/lib/db/client";
import { peerQuerySchema } from "@/lib/lessons/schemas";
import { findPeers, peerQuestionOptions } from "@/lib/peers/find-peers";

export const metadata = { title: "Who has solved this?" };

export default async function PeersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/peers");
  const query = peerQuerySchema.parse(await searchParams);
  const db = await getPrisma();
  const [options, results] = await Promise.all([
    peerQuestionOptions(db, actor),
    findPeers(db, actor, query),
  ]);
  return (
    <>
      <h1>Who has solved this?</h1>
      <p className="nhs-lede">
        Find organisations and people who have faced the same problem: those running the same
        system, of the same type or in the same place as yours, strong where you are weak, and who
        wrote lessons or gave accepted answers on it.
      </p>
      <p>
        <Link href="/lessons">Browse the lessons learned</Link>
      </p>
      <FilterForm action="/peers" label="Peer finder" submitLabel="Find peers">
        <FilterSearch label="A question, in your own words" value={query.q} />
        <FilterSelect
          id="dimension"
          label="A maturity dimension you are weak on"
          any="Any dimension"
          value={query.dimension}
          options={options.dimensions.map((dimension) => ({
            value: dimension.key,
            label: dimension.name,
          }))}
        />
        <FilterSelect
          id="product"
          label="A system"
          any="Any system"
          value={query.product}
          options={options.products.map((product) => ({ value: product, label: product }))}
        />
        <FilterSelect
          id="role"
          label="A role on a pathway"
          any="Any role"
          value={query.role}
          options={options.roles.map((role) => ({ value: role, label: role }))}
        />
      </FilterForm>
      <PeerResultsView results={results} />
    </>
  );
}
