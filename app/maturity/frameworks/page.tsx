import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { requireActor } from "@/lib/auth/require-actor";
import { type FrameworkListItem, listFrameworks } from "@/lib/maturity/frameworks/list-frameworks";
import { maturityPolicy } from "@/lib/maturity/policy";

export const metadata = { title: "Maturity frameworks" };

function FrameworksTable({ items, caption }: { items: FrameworkListItem[]; caption: string }) {
  return (
    <ScrollRegion label={caption}>
      <table className="nhs-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Framework</th>
            <th scope="col">Version</th>
            <th scope="col">Dimensions</th>
            <th scope="col">Questions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link href={`/maturity/frameworks/${item.id}`}>{item.name}</Link>
                <span className="block text-base nhs-secondary-text">{item.description}</span>
              </td>
              <td>{item.latestNumber}</td>
              <td>{item.dimensions}</td>
              <td>{item.questions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export default async function FrameworksPage() {
  const actor = await requireActor("/maturity/frameworks");
  const lists = await listFrameworks(actor);
  const manager = maturityPolicy.canManage(actor);
  return (
    <div>
      <p className="mb-2">
        <Link href="/maturity">Digital maturity</Link>
      </p>
      <h1>Maturity frameworks</h1>
      <p className="nhs-lede">
        The yardsticks organisations assess their digital maturity against: dimensions, each with
        questions answered on a scale from 1 to 5.
      </p>
      {manager ? (
        <p>
          <Link href="/maturity/frameworks/new" className="nhs-button">
            Create a framework
          </Link>
        </p>
      ) : null}
      {lists.current.length === 0 ? (
        <p className="nhs-card">No frameworks yet.</p>
      ) : (
        <FrameworksTable items={lists.current} caption="Frameworks" />
      )}
      {lists.archived.length > 0 ? (
        <section aria-labelledby="archived-heading" className="mt-8">
          <h2 id="archived-heading">Archived frameworks</h2>
          <p>Archived frameworks are offered for no new round. Rounds that used them keep them.</p>
          <FrameworksTable items={lists.archived} caption="Archived frameworks" />
        </section>
      ) : null}
    </div>
  );
}
