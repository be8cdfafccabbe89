import { ScrollRegion } from "@/components/layout/scroll-region";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";

import {
  type CoalitionCoverage,
  type CoalitionCoverageQuery,
  type CoveragePair,
  pairKey,
} from "@/lib/agreements/coverage/coalition-coverage";
import { agreementCounts } from "@/lib/agreements/coverage/coalition-coverage-csv";
import { agreementStatusLabel } from "@/lib/agreements/coverage/words";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { organisationTypeLabels, organisationTypes } from "@/lib/organisations/types";

const statusTag = (status: AgreementStatus | null) => {
  const tone =
    status === "ACTIVE"
      ? "nhs-tag-green"
      : status === null ||
          status === "EXPIRED" ||
          status === "TERMINATED" ||
          status === "SUPERSEDED"
        ? "nhs-tag-red"
        : "nhs-tag-yellow";
  return (
    <strong className={`nhs-tag ${tone}`}>{status ? agreementStatusLabel(status) : "None"}</strong>
  );
};

const flowsText = ({ flows }: CoveragePair) =>
  flows.total === 0
    ? "No flows"
    : `${flows.total} ${flows.total === 1 ? "flow" : "flows"}: ${flows.covered} covered, ${flows.atRisk} at risk, ${flows.notCovered} not covered`;

export function CoalitionCoverageFilters({
  query,
  places,
}: {
  query: Partial<CoalitionCoverageQuery>;
  places: { id: string; name: string }[];
}) {
  return (
    <FilterForm action="/agreements/coverage" label="Agreement coverage">
      <FilterSelect
        id="place"
        label="Place of either organisation"
        any="All places"
        value={query.place}
        options={places.map((place) => ({ value: place.id, label: place.name }))}
      />
      <FilterSelect
        id="type"
        label="Type of either organisation"
        any="All types"
        value={query.type}
        options={organisationTypes.map((type) => ({
          value: type,
          label: organisationTypeLabels[type],
        }))}
      />
    </FilterForm>
  );
}

/** The grid of organisations against each other, for a filtered few. */
export function CoverageMatrix({ matrix }: { matrix: NonNullable<CoalitionCoverage["matrix"]> }) {
  return (
    <ScrollRegion labelledBy="coverage-matrix-caption" sticky>
      <table className="nhs-table text-sm">
        <caption id="coverage-matrix-caption">Agreements between organisations</caption>
        <thead>
          <tr>
            <td />
            {matrix.organisations.map((organisation) => (
              <th key={organisation.id} scope="col">
                {organisation.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.organisations.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {matrix.organisations.map((column) => {
                const pair =
                  row.id === column.id ? undefined : matrix.cells.get(pairKey(row.id, column.id));
                return (
                  <td key={column.id} data-testid={pair ? "matrix-cell" : undefined}>
                    {pair ? (
                      <>
                        {statusTag(pair.status)}
                        <span className="block">{flowsText(pair)}</span>
                      </>
                    ) : row.id === column.id ? (
                      <span className="sr-only">Same organisation</span>
                    ) : (
                      <span className="nhs-secondary-text">Nothing shared</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The pairs as a table, worst first: the matrix's content for any number of organisations. */
export function CoveragePairsTable({
  coverage,
  hrefFor,
}: {
  coverage: CoalitionCoverage;
  hrefFor: (page: number) => string;
}) {
  if (coverage.total === 0) {
    return (
      <p className="nhs-card">No organisations share flows or agreements with these filters.</p>
    );
  }
  return (
    <ScrollRegion labelledBy="coverage-pairs-caption">
      <table className="nhs-table text-base">
        <caption id="coverage-pairs-caption">Organisations that share flows or agreements</caption>
        <thead>
          <tr>
            <th scope="col">Organisations</th>
            <th scope="col">Agreement</th>
            <th scope="col">Flows between them</th>
          </tr>
        </thead>
        <tbody>
          {coverage.pairs.map((pair) => (
            <tr key={pairKey(pair.a.id, pair.b.id)} data-testid="coverage-pair">
              <td>
                {pair.a.name}
                <span className="block text-sm nhs-secondary-text">
                  {organisationTypeLabels[pair.a.type]}
                </span>
                {pair.b.name}
                <span className="block text-sm nhs-secondary-text">
                  {organisationTypeLabels[pair.b.type]}
                </span>
              </td>
              <td>
                {statusTag(pair.status)}
                <span className="block text-sm">{agreementCounts(pair.agreements)}</span>
              </td>
              <td>{flowsText(pair)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {coverage.total > coverage.pageSize ? (
        <Pagination
          page={coverage.page}
          pageCount={Math.ceil(coverage.total / coverage.pageSize)}
          total={coverage.total}
          pageSize={coverage.pageSize}
          hrefFor={hrefFor}
          noun="pairs"
        />
      ) : null}
    </ScrollRegion>
  );
}
