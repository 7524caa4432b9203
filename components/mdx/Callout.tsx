import { useId } from "react";
import type { ReactNode } from "react";
import { T } from "@/components/i18n/LocaleProvider";

export const CALLOUT_KINDS = ["note", "tip", "warning"] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const KIND_STYLES: Record<CalloutKind, string> = {
  note: "border-brand-600 bg-brand-50 dark:border-sky-400 dark:bg-sky-950/40",
  tip: "border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40",
  warning: "border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40",
};

interface CalloutProps {
  kind?: CalloutKind;
  children: ReactNode;
}

/**
 * Renders a boxed remark inside a lesson. It stays a server component, and
 * only its title (the `callout.<kind>` key) goes through the client-side `<T>`.
 */
export function Callout({ kind = "note", children }: CalloutProps) {
  const titleId = useId();

  // MDX props are not type-checked, so a typo in `kind` fails the build here.
  if (!CALLOUT_KINDS.includes(kind)) {
    throw new Error(`Invalid Callout kind "${String(kind)}": use one of ${CALLOUT_KINDS.join(", ")}.`);
  }

  return (
    <aside aria-labelledby={titleId} className={`not-prose my-6 rounded-md border-l-4 px-4 py-3 ${KIND_STYLES[kind]}`}>
      <p id={titleId} className="font-semibold text-slate-900 dark:text-slate-100">
        <T k={`callout.${kind}`} />
      </p>
      <div className="mt-1 text-slate-800 dark:text-slate-200 dark:[&_code]:bg-slate-800 [&_code]:rounded [&_code]:bg-white/70 [&_code]:px-1 [&_code]:font-mono [&_code]:text-sm [&>p+p]:mt-2">
        {children}
      </div>
    </aside>
  );
}
