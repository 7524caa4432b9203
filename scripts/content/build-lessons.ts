/**
 * Regenerates lib/content/lessons.generated.ts from the lesson frontmatter.
 * Run it with `npm run content` after adding a lesson or editing a title,
 * summary, order, duration, objective or checkpoint id.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_LESSONS_FILE, buildLessonList, renderLessonsModule } from "../../lib/content/lesson-list";

const root = process.cwd();
try {
  const lessons = buildLessonList(root);
  writeFileSync(join(root, GENERATED_LESSONS_FILE), renderLessonsModule(lessons));
  console.log(`[content] wrote ${GENERATED_LESSONS_FILE}: ${lessons.length} lessons`);
} catch (error) {
  console.error(`[content] ${(error as Error).message}`);
  process.exit(1);
}
