import { GrantModeratorForm } from "@/components/forum-moderation/grant-moderator-form";
import { RemoveModeratorButton } from "@/components/forum-moderation/remove-moderator-button";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { formatLondonTime } from "@/lib/audit/local-time";
import { requireActor } from "@/lib/auth/require-actor";
import { listModerators } from "@/lib/forums/moderation/moderators";
import { readOrDeny } from "@/lib/forums/moderation/page-access";

export const metadata = { title: "Forum moderators" };

export default async function ModeratorsPage() {
  const actor = await requireActor("/forums/moderators");
  const { moderators, categories } = await readOrDeny(actor, "forum.moderator_list", () =>
    listModerators(actor),
  );
  return (
    <div className="max-w-[960px]">
      <h1>Forum moderators</h1>
      <p className="nhs-lede">
        Moderators review flagged posts and new members&apos; first posts, in one category or in
        every category. Programme leads moderate everywhere already.
      </p>

      <section aria-labelledby="moderators-heading" className="mb-12">
        <h2 id="moderators-heading">Moderators</h2>
        {moderators.length === 0 ? (
          <p>No one has been made a moderator yet.</p>
        ) : (
          <ScrollRegion labelledBy="moderators-caption">
            <table className="nhs-table">
              <caption id="moderators-caption" className="sr-only">
                Forum moderators
              </caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Moderates</th>
                  <th scope="col">Since</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {moderators.map((moderator) => {
                  const where = moderator.category?.name ?? "Every category";
                  return (
                    <tr key={moderator.id}>
                      <th scope="row" className="font-normal">
                        {moderator.user.name}
                        <br />
                        <span className="nhs-secondary-text break-all">{moderator.user.email}</span>
                      </th>
                      <td>{where}</td>
                      <td>
                        {formatLondonTime(moderator.createdAt)}
                        {moderator.grantedBy ? `, by ${moderator.grantedBy.name}` : ""}
                      </td>
                      <td>
                        <RemoveModeratorButton
                          moderatorId={moderator.id}
                          label={`${moderator.user.name} as moderator of ${where}`}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section aria-labelledby="add-moderator-heading" className="mb-12">
        <h2 id="add-moderator-heading">Add a moderator</h2>
        <GrantModeratorForm categories={categories} />
      </section>
    </div>
  );
}
