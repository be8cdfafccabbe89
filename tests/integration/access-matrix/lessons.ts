import { recordLesson, saveLesson } from "@/app/lessons/actions";
import { savePeerProfile } from "@/app/peers/actions";
import { getPrisma } from "@/lib/db/client";
import { createLesson } from "@/lib/lessons/save-lesson";

import { lessonInput } from "../../support/lesson-factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const everyoneSignedIn = expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed");

/** A lesson the member of A recorded for organisation A. */
async function lessonOfA(world: World) {
  const created = await createLesson(
    await getPrisma(),
    world.actors.memberOfA,
    lessonInput({ organisationId: world.organisationA.id }),
  );
  return created.id;
}

export const lessonRows = [
  row({
    handler: "app/lessons/actions.ts#recordLesson",
    attempt: "record a lesson learned",
    expected: everyoneSignedIn,
    run: () => recordLesson(lessonInput()),
    changes: true,
  }),
  row({
    handler: "app/lessons/actions.ts#saveLesson",
    attempt: "change a lesson the member of A recorded for organisation A",
    // Its author, A's admin and leads; organisation B's admin may not change A's lesson.
    expected: expect6("sign-in", "allowed", "allowed", "denied", "allowed", "allowed"),
    prepare: lessonOfA,
    run: (world, lessonId) =>
      saveLesson(lessonId, 1, lessonInput({ organisationId: world.organisationA.id })),
    changes: true,
  }),
  row({
    handler: "app/peers/actions.ts#savePeerProfile",
    attempt: "choose to be found by peers, with what one can help with",
    expected: everyoneSignedIn,
    run: () => savePeerProfile({ peerFindable: true, canHelpWith: "Shared care records" }),
    changes: true,
  }),
];
