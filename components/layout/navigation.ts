export interface NavigationItem {
  href: string;
  label: string;
  /** Shown only to people who are signed in. */
  signedInOnly?: boolean;
}

// Only areas that exist are listed; each issue that adds an area adds its entry here.
const primaryNavigation: NavigationItem[] = [
  { href: "/", label: "Home" },
  { href: "/organisations", label: "Organisations", signedInOnly: true },
  { href: "/about", label: "About" },
];

export function navigationFor(signedIn: boolean): NavigationItem[] {
  return primaryNavigation.filter((item) => signedIn || !item.signedInOnly);
}
