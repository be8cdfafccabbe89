import Link from "@/components/ui/link";

import { dayWords } from "@/components/agreements/format";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { WideLayout } from "@/components/layout/wide-layout";
import { Pagination } from "@/components/ui/pagination";
import { agreementStatusLabel } from "@/lib/agreements/coverage/words";
import { listPublicAgreements } from "@/lib/agreements/public/public-register";

export const metadata = { title: "Published data sharing agreements" };

// The public register needs no sign-in, and reads afresh on each request.
export const dynamic = "force-dynamic";

export default async function PublicAgreementsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { page } = await searchParams;
  const register = await listPublicAgreements(Number(typeof page === "string" ? page : 1) || 1);
  return (
    <WideLayout>
      <h1>Published data sharing agreements</h1>
      <p className="nhs-lede">
        The agreements under which the coalition&apos;s organisations share information about the
        people they care for, as their parties have chosen to publish them.
      </p>
      {register.total === 0 ? (
        <p className="nhs-card">No agreements are published yet.</p>
      ) : (
        <ScrollRegion labelledBy="public-agreements-caption">
          <table className="nhs-table text-base">
            <caption id="public-agreements-caption">Published agreements</caption>
            <thead>
              <tr>
                <th scope="col">Agreement</th>
                <th scope="col">Parties</th>
                <th scope="col">Status</th>
                <th scope="col">Review</th>
              </tr>
            </thead>
            <tbody>
              {register.items.map((agreement) => (
                <tr key={agreement.reference} data-testid="public-agreement">
                  <td>
                    <Link href={`/public/agreements/${encodeURIComponent(agreement.reference)}`}>
                      {agreement.reference}
                    </Link>
                    <span className="block text-sm">{agreement.title}</span>
                  </td>
                  <td>{agreement.parties.join(", ")}</td>
                  <td>{agreementStatusLabel(agreement.status)}</td>
                  <td>{dayWords(agreement.reviewDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {register.total > register.pageSize ? (
            <Pagination
              page={register.page}
              pageCount={Math.ceil(register.total / register.pageSize)}
              total={register.total}
              pageSize={register.pageSize}
              hrefFor={(next) => `/public/agreements?page=${next}`}
              noun="agreements"
            />
          ) : null}
        </ScrollRegion>
      )}
    </WideLayout>
  );
}
