import type { Metadata } from "next";
import type { MDXContent } from "mdx/types";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocaleOnly, T } from "@/components/i18n/LocaleProvider";
import { LessonPager } from "@/components/course/LessonPager";
import { LessonProgressMeter } from "@/components/course/LessonProgressMeter";
import { LessonScope } from "@/components/course/LessonScope";
import { LessonToc } from "@/components/course/LessonToc";
import { SummaryNotice } from "@/components/course/SummaryNotice";
import { LOCALES } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import { readLessonFile } from "@/lib/content/lesson-list";
import { LESSONS, findLesson, neighbourLessons } from "@/lib/content/lessons";

// This route must stay light, so it imports nothing from lib/ml, lib/pipeline
// or @xyflow. The lesson links to /exercises/* are plain <a> tags, which
// Next.js does not prefetch, so a reader downloads neither TensorFlow.js nor
// the pipeline editor.

interface LessonPageProps {
  params: Promise<{ slug: string }>;
}

// Every slug is prerendered at build time, and any other slug returns 404.
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return LESSONS.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: LessonPageProps): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  if (!lesson) return {};
  return { title: lesson.title["pt-BR"], description: lesson.summary["pt-BR"] };
}

async function loadLessonBody(locale: Locale, slug: string): Promise<MDXContent> {
  const lessonModule = (await import(`@/content/lessons/${locale}/${slug}.mdx`)) as { default: MDXContent };
  return lessonModule.default;
}

const ARTICLE_CLASSES = [
  "prose prose-slate min-w-0 max-w-3xl dark:prose-invert",
  "prose-headings:text-brand-900 prose-a:text-brand-700 prose-pre:text-sm dark:prose-headings:text-slate-100 dark:prose-a:text-sky-300",
  // Inline code gets a tint instead of the typography plugin's literal backticks.
  "prose-code:before:content-none prose-code:after:content-none",
  "[&_:not(pre)>code]:rounded [&_:not(pre)>code]:bg-slate-100 [&_:not(pre)>code]:px-1 [&_:not(pre)>code]:py-0.5 dark:[&_:not(pre)>code]:bg-slate-800",
].join(" ");

/**
 * Renders a lesson in every locale at once, each body wrapped in
 * `<LocaleOnly>`, so the language switch works on a static page without a
 * round trip to the server. The outline is read from the MDX source at build
 * time; checkpoint progress is read from the browser after hydration.
 */
export default async function LessonPage({ params }: LessonPageProps) {
  const { slug } = await params;
  const lesson = findLesson(slug);
  if (!lesson) notFound();

  const { previous, next } = neighbourLessons(slug);
  const bodies = await Promise.all(
    LOCALES.map(async (locale) => ({
      locale,
      Body: await loadLessonBody(locale, slug),
      outline: readLessonFile(process.cwd(), locale, slug).outline,
    })),
  );

  return (
    <LessonScope slug={slug}>
      <div className="dark-ready mx-auto max-w-6xl px-4 py-10 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
        <article className={ARTICLE_CLASSES}>
          <p className="not-prose mb-6 text-sm">
            <Link href="/lessons" className="text-brand-700 hover:underline dark:text-sky-300">
              ← <T k="lesson.allLessons" />
            </Link>
            <a href={`/lessons/${slug}/slides`} className="ml-4 text-brand-700 hover:underline dark:text-sky-300">
              <T k="slides.present" />
            </a>
          </p>

          {bodies.map(({ locale, Body, outline }) => (
            <LocaleOnly key={locale} locale={locale}>
              <header className="not-prose mb-8">
                <p className="text-sm font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
                  <T k="course.lesson.number" params={{ order: lesson.order, total: LESSONS.length }} />
                </p>
                <h1 className="mt-1 text-3xl font-bold text-brand-900 sm:text-4xl dark:text-slate-100">{lesson.title[locale]}</h1>
                <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{lesson.summary[locale]}</p>
                <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-slate-500 dark:text-slate-400">
                  <span>
                    <T k="course.lesson.duration" params={{ minutes: lesson.minutes }} />
                  </span>
                  <LessonProgressMeter slug={slug} checkpoints={lesson.checkpoints} />
                </div>
                <section aria-labelledby={`objectives-${locale}`} className="mt-6 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
                  <h2 id={`objectives-${locale}`} className="font-semibold text-slate-900 dark:text-slate-100">
                    <T k="course.lesson.objectives" />
                  </h2>
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
                    {lesson.objectives[locale].map((objective) => (
                      <li key={objective}>{objective}</li>
                    ))}
                  </ul>
                </section>
                <details className="mt-4 rounded-lg border border-slate-200 p-4 lg:hidden dark:border-slate-700">
                  <summary className="cursor-pointer font-semibold text-slate-900 dark:text-slate-100">
                    <T k="course.lesson.toc" />
                  </summary>
                  <div className="mt-3">
                    <LessonToc outline={outline} id={`toc-mobile-${locale}`} />
                  </div>
                </details>
              </header>
              {lesson.translation[locale] === "summary" && <SummaryNotice />}
              <Body />
            </LocaleOnly>
          ))}

          <LessonPager previous={previous} next={next} />
        </article>

        <aside className="hidden lg:block">
          <div className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto pb-6">
            {bodies.map(({ locale, outline }) => (
              <LocaleOnly key={locale} locale={locale}>
                <LessonToc outline={outline} id={`toc-${locale}`} />
              </LocaleOnly>
            ))}
            <LessonProgressMeter slug={slug} checkpoints={lesson.checkpoints} className="mt-6" />
          </div>
        </aside>
      </div>
    </LessonScope>
  );
}
