import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Deck } from "@/components/slides/Deck";
import { DeckProvider } from "@/components/slides/DeckContext";
import { FRAMED_SLIDES, LessonBodies, loadLessonDeck } from "@/components/slides/lesson-deck";
import { LESSONS, findLesson } from "@/lib/content/lessons";

// Like the reading page, this route imports nothing heavy: a live pipeline
// on a slide loads its runner only when someone presses its Run button.

interface SlidesPageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return LESSONS.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: SlidesPageProps): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  if (!lesson) return {};
  return { title: `Slides: ${lesson.title["pt-BR"]}` };
}

/** Renders the audience's slide deck of a lesson from the same compiled MDX as the reading page. */
export default async function SlidesPage({ params }: SlidesPageProps) {
  const { slug } = await params;
  const lesson = findLesson(slug);
  if (!lesson) notFound();

  const deck = await loadLessonDeck(slug);
  return (
    <DeckProvider lesson={slug} role="audience" titles={lesson.title} outlines={deck.outlines} minutes={lesson.minutes}>
      <Deck>
        <LessonBodies deck={deck} components={FRAMED_SLIDES} />
      </Deck>
    </DeckProvider>
  );
}
