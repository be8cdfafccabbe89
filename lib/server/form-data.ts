// Reading the fields of a plain form (posted without JavaScript) in a server action.

/** A text field's value, or "" when the form did not send one (or sent a file). */
export const formText = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};
