// A filter offers its values as a list only while they are few. Beyond this (a national
// coalition's thousands of organisations or pathways), a list is too long to choose from and weighs
// more than the page: people reach such a filter through a link, or find the record by searching.

/** The most values a filter lists. Read one more (`take: FILTER_CHOICES_MAX + 1`) to know. */
export const FILTER_CHOICES_MAX = 200;

/** The values to list, or null when there are more than FILTER_CHOICES_MAX of them. */
export function boundedChoices<T>(rows: T[]): T[] | null {
  return rows.length > FILTER_CHOICES_MAX ? null : rows;
}
