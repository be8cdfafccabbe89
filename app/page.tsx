import { CoalitionAtAGlance } from "@/components/coalition/coalition-at-a-glance";
import { getCoalitionSummary } from "@/lib/coalition/get-coalition-summary";

export default async function HomePage() {
  const summary = await getCoalitionSummary();
  return (
    <>
      <h1>Share care information across the coalition</h1>
      <p className="nhs-lede">
        NHS trusts, GP practices, social care, care providers and voluntary organisations work out
        together who needs to share what, with whom, and what stands in the way.
      </p>
      <CoalitionAtAGlance summary={summary} />
    </>
  );
}
