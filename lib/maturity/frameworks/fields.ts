// The fields of dimensions and questions that people write, and that their audit records hold.

export const dimensionFields = {
  key: true,
  name: true,
  description: true,
  position: true,
} as const;
export const questionFields = {
  key: true,
  dimensionId: true,
  text: true,
  guidance: true,
  levels: true,
  allowNotApplicable: true,
  appliesTo: true,
  position: true,
} as const;
