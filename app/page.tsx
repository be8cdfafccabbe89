import { CoalitionAtAGlance } from "@/components/coalition/coalition-at-a-glance";
import { HomeView } from "@/components/home/home-view";
import { getActor } from "@/lib/auth/get-actor";
import { getCoalitionSummary } from "@/lib/coalition/get-coalition-summary";
import { getHomePage } from "@/lib/home/get-home-page";

export default async function HomePage() {
  const actor = await getActor();
  const [summary, home] = await Promise.all([
    getCoalitionSummary(),
    actor ? getHomePage(actor) : null,
  ]);
  if (actor && home) {
    return (
      <>
        <HomeView home={home} email={actor.email} />
        <CoalitionAtAGlance summary={summary} />
      </>
    );
  }
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
