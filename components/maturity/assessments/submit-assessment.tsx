"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { submitAssessmentAction } from "@/app/maturity/assessments/[assessmentId]/actions";

interface Refusal {
  message: string;
  /** Missing question texts by dimension id. */
  missing: Record<string, string[]>;
}

/**
 * Submits the assessment. A refusal lists every question still to answer, dimension by
 * dimension, each dimension linking to its answering page.
 */
export function SubmitAssessment({
  assessmentId,
  version,
  dimensions,
}: {
  assessmentId: string;
  version: number;
  dimensions: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal>();
  const [pending, setPending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) summary.current?.focus();
  }, [refusal]);

  const submit = async () => {
    setRefusal(undefined);
    setPending(true);
    const result = await submitAssessmentAction(assessmentId, { version });
    setPending(false);
    if (result.ok) {
      router.refresh();
      return;
    }
    setRefusal({ message: result.message, missing: result.fieldErrors ?? {} });
  };

  return (
    <>
      {refusal ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="submit-problem-title"
          className="mb-8 border-4 border-nhs-red bg-white p-4 focus-visible:outline-none md:p-6"
        >
          <h2 id="submit-problem-title" className="text-xl md:text-2xl">
            There is a problem
          </h2>
          <p className="font-bold text-nhs-red">{refusal.message}</p>
          {dimensions
            .filter((dimension) => refusal.missing[dimension.id])
            .map((dimension) => (
              <div key={dimension.id}>
                <h3 className="text-lg">
                  <Link href={`/maturity/assessments/${assessmentId}/dimensions/${dimension.id}`}>
                    {dimension.name}
                  </Link>
                </h3>
                <ul>
                  {refusal.missing[dimension.id]?.map((question) => (
                    <li key={question}>{question}</li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      ) : null}
      <button type="button" className="nhs-button" disabled={pending} onClick={() => void submit()}>
        Submit assessment
      </button>
    </>
  );
}
