import type { Metadata } from "next";
import { CourseProgress } from "@/components/course/CourseProgress";
import { CoursePage } from "@/components/course/CoursePage";
import { EXERCISE_SPECS } from "@/lib/exercises/specs";

export const metadata: Metadata = { title: "Progresso" };

/** Shows the reader's checkpoint progress per lesson and best score per exercise, kept in this browser only. */
export default function ProgressPage() {
  return (
    <CoursePage titleKey="course.progress.title" introKey="course.progress.intro">
      {/* Titles are read here, on the server, so the page does not ship the exercise specs. */}
      <CourseProgress checkedExercises={EXERCISE_SPECS.map((spec) => ({ id: spec.id, title: spec.title, href: `/exercises/${spec.id}` }))} />
    </CoursePage>
  );
}
