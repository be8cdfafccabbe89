// What the sign-in page says to someone the account page has just signed out, or who has just
// chosen a password through an emailed link.
const notices: Record<string, { title: string; body: string }> = {
  "password-changed": {
    title: "Your password has been changed",
    body: "You have been signed out on every device. Sign in with your new password.",
  },
  "invitation-accepted": {
    title: "Your password is set and you have joined",
    body: "Sign in with your email address and the password you have just chosen.",
  },
  "password-reset": {
    title: "Your password has been changed",
    body: "You have been signed out on every device. Sign in with your new password.",
  },
  "signed-out-everywhere": {
    title: "You have been signed out everywhere",
    body: "Every session of your account has ended, on this device and any other.",
  },
};

export function SignedOutNotice({ notice }: { notice: string | undefined }) {
  const content = notice ? notices[notice] : undefined;
  if (!content) return null;
  return (
    <div className="nhs-card border-l-8 border-l-nhs-green" role="status">
      <h2 className="text-xl md:text-2xl">{content.title}</h2>
      <p className="mb-0">{content.body}</p>
    </div>
  );
}
