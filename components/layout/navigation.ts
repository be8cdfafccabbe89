export interface NavigationItem {
  href: string;
  label: string;
}

// Only areas that exist are listed; each issue that adds an area adds its entry here.
export const primaryNavigation: NavigationItem[] = [
  { href: "/", label: "Home" },
  { href: "/about", label: "About" },
];
