import { renderAgreementText } from "@/lib/agreements/document/render-text";

/** An agreement's long free text as paragraphs, or "Not recorded." when it is empty. */
export function AgreementText({ text }: { text: string }) {
  const paragraphs = renderAgreementText(text);
  if (paragraphs.length === 0) return <p className="nhs-secondary-text">Not recorded.</p>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          {paragraph}
        </p>
      ))}
    </>
  );
}
