// Two notifications for every demo account, so the bell and the notifications page show what
// they are for from the first sign-in.
export const demoNotifications = [
  {
    kind: "demo.welcome",
    title: "Welcome to the Elmshire coalition",
    body: "Coalition tells you here about things that need you, such as agreements due for review. Choose on your account page whether you are emailed about them too.",
    href: "/account",
    dedupeKey: "demo:welcome",
  },
  {
    kind: "demo.pathways",
    title: "See the coalition's shared care pathways",
    body: "Each pathway shows which organisation does what, and which data must flow between them.",
    href: "/pathways",
    dedupeKey: "demo:pathways",
  },
] as const;
