import { T } from "@/components/i18n/LocaleProvider";
import type { OutlineHeading } from "@/lib/content/lesson-source";

/** Lists the lesson's level-2 and level-3 headings as in-page links. */
export function LessonToc({ outline, id }: { outline: OutlineHeading[]; id: string }) {
  return (
    <nav aria-labelledby={id} className="text-sm">
      <p id={id} className="mb-2 font-semibold text-slate-900 dark:text-slate-100">
        <T k="course.lesson.toc" />
      </p>
      <ol className="space-y-1.5 border-l border-slate-200 dark:border-slate-700">
        {outline.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "pl-6" : "pl-3"}>
            <a href={`#${heading.id}`} className="block text-slate-600 hover:text-brand-700 dark:text-slate-300 dark:hover:text-sky-300">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
