import type { MDXComponents, MDXContent } from "mdx/types";
import { LocaleOnly } from "@/components/i18n/LocaleProvider";
import { LOCALES } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import type { SlideOutlineEntry } from "@/lib/slides/remark-slides.mjs";
import { FramedSlide, NotesOnlySlide } from "./SlideParts";
import { SpeakerNotes } from "./SpeakerNotes";

/** A compiled lesson: its body, and the slide outline that `lib/slides/remark-slides.mjs` exports. */
interface LessonModule {
  default: MDXContent;
  slideOutline?: SlideOutlineEntry[];
}

export interface LessonDeck {
  bodies: { locale: Locale; Body: MDXContent }[];
  outlines: Record<Locale, SlideOutlineEntry[]>;
}

/** Components that turn a compiled lesson into framed slides. */
export const FRAMED_SLIDES: MDXComponents = { Slide: FramedSlide, Notes: SpeakerNotes };
/** Components that turn a compiled lesson into its notes only. */
export const NOTES_ONLY: MDXComponents = { Slide: NotesOnlySlide, Notes: SpeakerNotes };

/** Imports a lesson's compiled MDX in every locale: the same modules the reading page renders. */
export async function loadLessonDeck(slug: string): Promise<LessonDeck> {
  const loaded = await Promise.all(
    LOCALES.map(async (locale) => {
      const lessonModule = (await import(`@/content/lessons/${locale}/${slug}.mdx`)) as LessonModule;
      if (!Array.isArray(lessonModule.slideOutline)) {
        throw new Error(`content/lessons/${locale}/${slug}.mdx exports no slideOutline: check that next.config.mjs lists lib/slides/remark-slides.mjs in remarkPlugins.`);
      }
      return { locale, Body: lessonModule.default, outline: lessonModule.slideOutline };
    }),
  );

  return {
    bodies: loaded.map(({ locale, Body }) => ({ locale, Body })),
    outlines: Object.fromEntries(loaded.map(({ locale, outline }) => [locale, outline])) as Record<Locale, SlideOutlineEntry[]>,
  };
}

/** Renders the lesson once per locale with the given components; the language switch shows one of them. */
export function LessonBodies({ deck, components }: { deck: LessonDeck; components: MDXComponents }) {
  return deck.bodies.map(({ locale, Body }) => (
    <LocaleOnly key={locale} locale={locale}>
      <Body components={components} />
    </LocaleOnly>
  ));
}
