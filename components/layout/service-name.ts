/** The platform's name, in the header and every page's title. */
export const SERVICE_NAME = "Coalition";
