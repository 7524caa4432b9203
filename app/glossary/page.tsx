import type { Metadata } from "next";
import { CoursePage } from "@/components/course/CoursePage";
import { GlossaryList } from "@/components/course/GlossaryList";

export const metadata: Metadata = { title: "Glossário" };

/** Lists every glossary term with its English name and definition. Lessons link to `#<id>`. */
export default function GlossaryPage() {
  return (
    <CoursePage titleKey="course.glossary.title" introKey="course.glossary.intro" width="narrow">
      <GlossaryList />
    </CoursePage>
  );
}
