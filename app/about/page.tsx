export const metadata = { title: "About this service" };

export default function AboutPage() {
  return (
    <div className="max-w-[720px]">
      <h1>About this service</h1>
      <p className="nhs-lede">
        Coalition is where the organisations that share care for people in a place work together on
        sharing care information, with no single organisation in charge.
      </p>
      <h2>Why it exists</h2>
      <p>
        Shared care records rarely fail for technical reasons. They fail when shared care pathways
        are unclear, when nobody has asked who needs which data and when, when some organisations
        have far less digital maturity than others, when data sharing agreements stay unsigned, and
        when what one organisation has learned never reaches the next.
      </p>
      <h2>Who uses it</h2>
      <ul className="mb-4 list-disc pl-6">
        <li>Programme leads map shared care pathways and the information that flows along them.</li>
        <li>
          Organisations record the data they need and assess their digital maturity against their
          peers.
        </li>
        <li>Information governance leads take data sharing agreements to signature and review.</li>
        <li>Staff share lessons learned and find peers who face the same problems.</li>
      </ul>
      <h2 id="accessibility">Accessibility</h2>
      <p>
        This service aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.
        Every page can be used with a keyboard alone, and nothing needs dragging.
      </p>
    </div>
  );
}
