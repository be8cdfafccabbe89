const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Who endorsed a version of the charter, and when. */
export function EndorsementsList({
  endorsements,
}: {
  endorsements: {
    endorsedAt: Date;
    organisation: { id: string; name: string };
    endorsedBy: { name: string } | null;
  }[];
}) {
  if (endorsements.length === 0) return <p>No organisation has endorsed this version yet.</p>;
  return (
    <ul className="list-disc pl-6" data-testid="endorsements">
      {endorsements.map((endorsement) => (
        <li key={endorsement.organisation.id}>
          {endorsement.organisation.name}, on {dayFormat.format(endorsement.endorsedAt)}
          {endorsement.endorsedBy ? ` by ${endorsement.endorsedBy.name}` : ""}
        </li>
      ))}
    </ul>
  );
}
