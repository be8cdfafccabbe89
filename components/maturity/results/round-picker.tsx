import { FilterSelect } from "@/components/ui/filter-form";
import type { ResultsRoundChoice } from "@/lib/maturity/results/get-organisation-results";

/** Chooses the round whose results are shown: a plain GET form, so it works without JavaScript. */
export function RoundPicker({
  action,
  rounds,
  current,
}: {
  action: string;
  rounds: ResultsRoundChoice[];
  current: string;
}) {
  const frameworks = new Set(rounds.map((round) => round.frameworkName));
  return (
    <form
      method="get"
      action={action}
      aria-label="Choose a round"
      className="mb-8 flex flex-wrap items-end gap-4"
    >
      <FilterSelect
        id="round"
        label="Round"
        value={current}
        options={rounds.map((round) => ({
          value: round.id,
          label: frameworks.size > 1 ? `${round.name} (${round.frameworkName})` : round.name,
        }))}
      />
      <button type="submit" className="nhs-button nhs-button-secondary">
        Show results
      </button>
    </form>
  );
}
