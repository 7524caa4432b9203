import type { Metadata } from "next";
import { CourseProgress } from "@/components/course/CourseProgress";
import { CoursePage } from "@/components/course/CoursePage";

export const metadata: Metadata = { title: "Progresso" };

/** Shows the reader's checkpoint progress per lesson and best score per exercise, kept in this browser only. */
export default function ProgressPage() {
  return (
    <CoursePage titleKey="course.progress.title" introKey="course.progress.intro">
      <CourseProgress />
    </CoursePage>
  );
}
