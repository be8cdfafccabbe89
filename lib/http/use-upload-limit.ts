import { type FormEvent, useState } from "react";

import { chosenFileTooLarge } from "./upload-limits";

/**
 * For a form that uploads a file: refuses a chosen file over `maxBytes` before it is sent, with
 * "The file must be N MB or smaller." as the field's error (undefined otherwise).
 */
export function useUploadLimit(maxBytes: number) {
  const [tooLarge, setTooLarge] = useState<string>();
  const checkBeforeUpload = (event: FormEvent<HTMLFormElement>) => {
    const refusal = chosenFileTooLarge(event.currentTarget, maxBytes);
    setTooLarge(refusal);
    if (refusal) event.preventDefault();
  };
  return { tooLarge, checkBeforeUpload };
}
