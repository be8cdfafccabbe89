import { randomUUID } from "node:crypto";

import type { DbTransaction } from "@/lib/db/types";
import { handleOf } from "@/lib/forums/handles";
import type { MembershipRole, TopicStarters } from "@/lib/generated/prisma/enums";

// The demo forums: six categories of fictional Elmshire conversations (about 60 topics and 300
// posts), some solved and liked, and three private messages between demo people. The text is made
// from templates so that the seed stays short and fast (createMany throughout).

const DAY = 24 * 60 * 60 * 1000;

interface DemoCategory {
  slug: string;
  name: string;
  description: string;
  colour: string;
  whoMayStart?: TopicStarters;
  roles?: MembershipRole[];
  /** What the topics are about; each makes two topics, a question and an experience. */
  subjects: string[];
  /** Who writes in it, by demo email . */
  writers: string[];
}

const EVERYONE = [
  "nurse@larchwood.example",
  "manager@larchwood.example",
  "practice.manager@moorside.example",
  "lead@elmshire.example",
  "ig@elmshire-royal.example",
  "admin@elmshire.example",
  "dpo@moorside.example",
];
const IG = ["ig@elmshire-royal.example", "ig@larchwood.example", "dpo@moorside.example"];

const categories: DemoCategory[] = [
  {
    slug: "announcements",
    name: "Coalition announcements",
    description:
      "News from the programme team: meetings, deadlines and decisions. Only programme leads start topics here.",
    colour: "#003087",
    whoMayStart: "LEADS_ONLY",
    subjects: [
      "the spring coalition meeting",
      "the new maturity round",
      "the shared care record go-live in Northfield",
      "the data sharing agreement refresh",
      "winter discharge planning",
    ],
    writers: ["lead@elmshire.example", ...EVERYONE],
  },
  {
    slug: "shared-care-record",
    name: "Shared care record",
    description: "Getting access to the Elmshire shared care record, and using it well.",
    colour: "#005eb8",
    subjects: [
      "care home access to the shared care record",
      "smartcard-free access for care staff",
      "seeing medication changes after discharge",
      "end of life care plans in the record",
      "training staff to use the record",
    ],
    writers: EVERYONE,
  },
  {
    slug: "discharge-and-transfers",
    name: "Discharge and transfers of care",
    description:
      "Discharge summaries, transfers between settings and the information that must travel with people.",
    colour: "#007f3b",
    subjects: [
      "discharge summaries reaching GP practices",
      "transfer of care letters to care homes",
      "medicines reconciliation after discharge",
      "weekend discharges and missing paperwork",
      "sharing falls risk when someone moves",
    ],
    writers: EVERYONE,
  },
  {
    slug: "social-care-systems",
    name: "Social care systems",
    description: "Choosing, switching and connecting care management systems.",
    colour: "#330072",
    subjects: [
      "switching social care systems",
      "connecting a digital care record to GP Connect",
      "moving off paper care plans",
      "choosing a digital social care record",
      "getting data out of an old system",
    ],
    writers: EVERYONE,
  },
  {
    slug: "information-governance",
    name: "Information governance leads",
    description: "A closed room for information governance leads and data protection officers.",
    colour: "#4c6272",
    roles: ["IG_LEAD"],
    subjects: [
      "the direct care agreement template",
      "DPIAs for shared records",
      "Caldicott guardian sign-off",
      "subject access requests across organisations",
      "retention periods for shared data",
    ],
    writers: IG,
  },
  {
    slug: "lessons",
    name: "Lessons learned",
    description: "Questions and discussion about the coalition's lessons learned.",
    colour: "#00401e",
    subjects: [
      "what we learned rolling out the shared care record",
      "what went wrong with our first discharge pilot",
      "why our system switch took a year",
      "how we won over the GP practices",
      "what we would do differently with consent",
    ],
    writers: EVERYONE,
  },
];

const questionTitle = (subject: string) => `How have others handled ${subject}?`;
const experienceTitle = (subject: string) =>
  `Our experience with ${subject}: what worked and what did not`;

const openings = [
  (subject: string) =>
    `We are starting work on ${subject} and would like to hear from anyone who has done it already.\n\n- What did you do first?\n- Who did you need on board?\n- What would you avoid?`,
  (subject: string) =>
    `A short write-up of where we got to with ${subject}.\n\n**What worked:** agreeing one named contact in each organisation, and a fortnightly call.\n\n**What did not:** assuming the supplier would sort the technical side on their own.`,
];
const replies = [
  (subject: string) =>
    `We went through ${subject} last year. The biggest help was getting the practice managers in the room early, before any of the technical work.`,
  () =>
    "Same here. Our mistake was starting with the system rather than with who needs what information and when.",
  () => "Do you have a copy of the checklist you used? It would save us a few weeks.",
  (subject: string) =>
    `For ${subject} we found the data sharing agreement took longer than the technology. Start it on day one.`,
  () =>
    "We wrote up our approach as a one-page plan:\n\n| Step | Who | When |\n| --- | --- | --- |\n| Agree the scope | Programme lead | Week 1 |\n| Sign the agreement | IG leads | Week 4 |\n| Train staff | Managers | Week 6 |",
  () => "Thank you, this is really useful. I will share it with our team.",
  () =>
    "One thing to watch: weekend cover. Make sure someone who knows the process is on the rota.",
  (subject: string) =>
    `We are a small care home and ${subject} felt out of reach at first. Pairing with a larger home nearby made it possible.`,
];

/** Seeds the demo forums; the demo accounts exist already. */
export async function seedDemoForums(tx: DbTransaction): Promise<void> {
  const people = await tx.user.findMany({ select: { id: true, email: true, name: true } });
  const idOf = (who: string) => {
    const person = people.find((entry) => entry.email === who);
    if (!person) throw new Error(`No demo person is ${who}`);
    return person.id;
  };
  const now = Date.now();
  await tx.forumCategory.createMany({
    data: categories.map((category, index) => ({
      slug: category.slug,
      name: category.name,
      description: category.description,
      colour: category.colour,
      position: index + 1,
      whoMayStart: category.whoMayStart ?? "EVERYONE",
      restricted: category.roles !== undefined,
      allowedMembershipRoles: category.roles ?? [],
    })),
  });
  const categoryIds = new Map(
    (await tx.forumCategory.findMany({ select: { id: true, slug: true } })).map((row) => [
      row.slug,
      row.id,
    ]),
  );

  const topics: {
    id: string;
    categoryId: string;
    title: string;
    tags: string[];
    authorId: string;
    postCount: number;
    lastPostAt: Date;
    createdAt: Date;
    pinnedAt: Date | null;
  }[] = [];
  const posts: {
    id: string;
    topicId: string;
    number: number;
    authorId: string;
    body: string;
    createdAt: Date;
    likeCount: number;
  }[] = [];
  const likes: { postId: string; userId: string }[] = [];
  const mentions: { postId: string; userId: string }[] = [];
  const accepted: { topicId: string; postId: string }[] = [];

  let serial = 0;
  for (const category of categories) {
    const categoryId = categoryIds.get(category.slug) ?? "";
    for (const [subjectIndex, subject] of category.subjects.entries()) {
      for (const kind of [0, 1]) {
        serial += 1;
        const topicId = randomUUID();
        const writers = category.writers;
        const authorEmail =
          category.whoMayStart === "LEADS_ONLY"
            ? "lead@elmshire.example"
            : (writers[(serial * 3) % writers.length] ?? "");
        const authorId = idOf(authorEmail);
        const replyCount = 2 + ((serial * 7) % 6);
        const start = now - (70 - serial) * DAY;
        const topicPosts = Array.from({ length: replyCount + 1 }, (_, number) => {
          const writer =
            number === 0
              ? authorEmail
              : (writers[(serial + number * 5) % writers.length] ?? authorEmail);
          const writerId = idOf(writer);
          const mention = number === 2 && writerId !== authorId;
          const template = replies[(serial + number) % replies.length] ?? replies[0];
          const author = people.find((person) => person.id === authorId);
          const body =
            number === 0
              ? ((openings[kind] ?? openings[0])?.(subject) ?? subject)
              : `${mention && author ? `@${handleOf(author.name)} ` : ""}${template?.(subject) ?? ""}`;
          const likers = writers
            .map(idOf)
            .filter((id) => id !== writerId)
            .slice(0, (serial + number) % 4);
          const id = randomUUID();
          if (mention) mentions.push({ postId: id, userId: authorId });
          likes.push(...likers.map((userId) => ({ postId: id, userId })));
          return {
            id,
            topicId,
            number: number + 1,
            authorId: writerId,
            body,
            createdAt: new Date(start + number * 3 * 60 * 60 * 1000),
            likeCount: likers.length,
          };
        });
        posts.push(...topicPosts);
        const last = topicPosts[topicPosts.length - 1];
        topics.push({
          id: topicId,
          categoryId,
          title: kind === 0 ? questionTitle(subject) : experienceTitle(subject),
          tags: [category.slug.split("-")[0] ?? category.slug],
          authorId,
          postCount: topicPosts.length,
          lastPostAt: last?.createdAt ?? new Date(start),
          createdAt: new Date(start),
          pinnedAt:
            category.whoMayStart === "LEADS_ONLY" && subjectIndex === 0 && kind === 0
              ? new Date(start)
              : null,
        });
        const answer = topicPosts[1];
        if (kind === 0 && subjectIndex % 2 === 0 && answer)
          accepted.push({ topicId, postId: answer.id });
      }
    }
  }

  const conversations = [
    [
      "nurse@larchwood.example",
      "manager@larchwood.example",
      "Cover for the shared care record training",
    ],
    [
      "lead@elmshire.example",
      "practice.manager@moorside.example",
      "Moorside and the discharge summary pilot",
    ],
    ["ig@larchwood.example", "ig@elmshire-royal.example", "Your DPIA for the care home access"],
  ] as const;
  const participants: { topicId: string; userId: string }[] = [];
  for (const [index, [from, to, title]] of conversations.entries()) {
    const topicId = randomUUID();
    const start = now - (5 + index) * DAY;
    const lines = [
      [from, "Hello, have you got ten minutes this week to talk this through?"],
      [to, "Yes, Thursday afternoon works for me. I will bring what we have so far."],
      [from, "Thank you, Thursday it is."],
    ] as const;
    lines.forEach(([who, body], number) =>
      posts.push({
        id: randomUUID(),
        topicId,
        number: number + 1,
        authorId: idOf(who),
        body,
        createdAt: new Date(start + number * 60 * 60 * 1000),
        likeCount: 0,
      }),
    );
    topics.push({
      id: topicId,
      categoryId: "",
      title,
      tags: [],
      authorId: idOf(from),
      postCount: lines.length,
      lastPostAt: new Date(start + (lines.length - 1) * 60 * 60 * 1000),
      createdAt: new Date(start),
      pinnedAt: null,
    });
    participants.push({ topicId, userId: idOf(from) }, { topicId, userId: idOf(to) });
  }

  await tx.forumTopic.createMany({
    data: topics.map(({ categoryId, ...topic }) =>
      categoryId
        ? { ...topic, kind: "DISCUSSION" as const, categoryId }
        : { ...topic, kind: "PRIVATE" as const, categoryId: null },
    ),
  });
  await tx.forumTopicParticipant.createMany({ data: participants });
  await tx.forumPost.createMany({ data: posts });
  await tx.forumPostLike.createMany({ data: likes, skipDuplicates: true });
  await tx.forumMention.createMany({ data: mentions });
  for (const { topicId, postId } of accepted)
    await tx.forumTopic.update({ where: { id: topicId }, data: { acceptedPostId: postId } });
}
