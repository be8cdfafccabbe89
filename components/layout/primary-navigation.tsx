"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";

import type { NavigationItem } from "./navigation";

export function PrimaryNavigation({ items }: { items: NavigationItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Primary" className="border-t border-white/30 bg-nhs-blue">
      <ul className="nhs-width-container flex flex-wrap gap-x-5 py-2 text-base">
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block py-1 text-white visited:text-white hover:text-white ${current ? "font-bold no-underline" : "underline"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
