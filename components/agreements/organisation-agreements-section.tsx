import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { listOrganisationAgreements } from "@/lib/agreements/coverage/organisation-agreements";
import { agreementStatusLabel } from "@/lib/agreements/coverage/words";
import { getActor } from "@/lib/auth/get-actor";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * The data sharing agreements an organisation is a party to, as far as the reader may see them,
 * their status, and which it still has to sign.
 */
export async function OrganisationAgreementsSection({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const actor = await getActor();
  if (!actor) return null;
  const agreements = await listOrganisationAgreements(actor, organisationId);
  const toSign = agreements.filter((agreement) => agreement.toSign);
  return (
    <section aria-labelledby="agreements-heading" className="mb-8">
      <h2 id="agreements-heading">Data sharing agreements</h2>
      {agreements.length === 0 ? (
        <p>{organisationName} is a party to no agreement you can see.</p>
      ) : (
        <>
          {toSign.length > 0 ? (
            <p data-testid="agreements-to-sign">
              <strong>
                {organisationName} still has to sign {toSign.length}{" "}
                {toSign.length === 1 ? "agreement" : "agreements"}:
              </strong>{" "}
              {toSign.map((agreement) => agreement.reference).join(", ")}.
            </p>
          ) : null}
          <ScrollRegion labelledBy="agreements-caption">
            <table className="nhs-table text-base">
              <caption id="agreements-caption" className="sr-only">
                Agreements of {organisationName}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Agreement</th>
                  <th scope="col">With</th>
                  <th scope="col">Status</th>
                  <th scope="col">Review</th>
                </tr>
              </thead>
              <tbody>
                {agreements.map((agreement) => (
                  <tr key={agreement.id} data-testid="organisation-agreement">
                    <td>
                      <Link prefetch={false} href={`/agreements/${agreement.id}`}>
                        {agreement.reference}
                      </Link>
                      <span className="block text-sm">{agreement.title}</span>
                    </td>
                    <td>{agreement.withOrganisations.join(", ")}</td>
                    <td>
                      {agreementStatusLabel(agreement.status)}
                      {agreement.toSign ? (
                        <strong className="block text-sm">Still to sign</strong>
                      ) : null}
                    </td>
                    <td>
                      {agreement.reviewDate ? dateFormat.format(agreement.reviewDate) : "Not set"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
