import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeckProvider } from "@/components/slides/DeckContext";
import { FRAMED_SLIDES, LessonBodies, NOTES_ONLY, loadLessonDeck } from "@/components/slides/lesson-deck";
import { PresenterView } from "@/components/slides/PresenterView";
import { LESSONS, findLesson } from "@/lib/content/lessons";

interface PresenterPageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return LESSONS.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: PresenterPageProps): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  if (!lesson) return {};
  return { title: `Apresentador: ${lesson.title["pt-BR"]}` };
}

/**
 * Renders the presenter view of a lesson. The lesson is rendered three
 * times: for the current slide, for the next-slide preview, and (notes
 * only) for the notes pane.
 */
export default async function PresenterPage({ params }: PresenterPageProps) {
  const { slug } = await params;
  const lesson = findLesson(slug);
  if (!lesson) notFound();

  const deck = await loadLessonDeck(slug);
  return (
    <DeckProvider lesson={slug} role="presenter" titles={lesson.title} outlines={deck.outlines} minutes={lesson.minutes}>
      <PresenterView
        current={<LessonBodies deck={deck} components={FRAMED_SLIDES} />}
        next={<LessonBodies deck={deck} components={FRAMED_SLIDES} />}
        notes={<LessonBodies deck={deck} components={NOTES_ONLY} />}
      />
    </DeckProvider>
  );
}
