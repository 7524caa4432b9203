import type { Metadata } from "next";
import type { MDXContent } from "mdx/types";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocaleOnly, T } from "@/components/i18n/LocaleProvider";
import { LOCALES } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import { LESSONS, findLesson } from "@/lib/content/lessons";

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

/**
 * Renders a lesson in every locale at once, each body wrapped in
 * `<LocaleOnly>`, so the language switch works on a static page without a
 * round trip to the server.
 */
export default async function LessonPage({ params }: LessonPageProps) {
  const { slug } = await params;
  const lesson = findLesson(slug);
  if (!lesson) notFound();

  const bodies = await Promise.all(LOCALES.map(async (locale) => ({ locale, Body: await loadLessonBody(locale, slug) })));

  return (
    <article
      className={[
        "prose prose-slate mx-auto max-w-3xl px-4 py-10",
        "prose-headings:text-brand-900 prose-a:text-brand-700 prose-pre:text-sm",
        // Inline code gets a tint instead of the typography plugin's literal backticks.
        "prose-code:before:content-none prose-code:after:content-none",
        "[&_:not(pre)>code]:rounded [&_:not(pre)>code]:bg-slate-100 [&_:not(pre)>code]:px-1 [&_:not(pre)>code]:py-0.5",
      ].join(" ")}
    >
      <p className="not-prose mb-6 text-sm">
        <Link href="/lessons" className="text-brand-700 hover:underline">
          ← <T k="lesson.allLessons" />
        </Link>
        <a href={`/lessons/${slug}/slides`} className="ml-4 text-brand-700 hover:underline">
          <T k="slides.present" />
        </a>
      </p>

      {bodies.map(({ locale, Body }) => (
        <LocaleOnly key={locale} locale={locale}>
          <header className="not-prose mb-8">
            <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{lesson.title[locale]}</h1>
            <p className="mt-3 text-sm text-slate-500">
              <T k="lesson.minutes" params={{ minutes: lesson.minutes }} />
            </p>
          </header>
          <Body />
        </LocaleOnly>
      ))}
    </article>
  );
}
