"use client";

import { quizProblems } from "@/lib/content/quiz";
import type { ChoiceOption, MatchPair, OrderItem, QuizKind, QuizSpec } from "@/lib/content/quiz";
import { ChoiceQuiz } from "./quiz/ChoiceQuiz";
import { MatchingQuiz } from "./quiz/MatchingQuiz";
import { OrderingQuiz } from "./quiz/OrderingQuiz";

export type { ChoiceOption as QuizOption } from "@/lib/content/quiz";

interface QuizProps {
  /** Stable checkpoint id, the same in every locale; progress is stored under it. */
  id: string;
  /** Defaults to "single". */
  kind?: QuizKind;
  question: string;
  /** For "single" and "multiple". */
  options?: ChoiceOption[];
  /** For "matching". */
  pairs?: MatchPair[];
  /** For "ordering", written in the correct order. */
  items?: OrderItem[];
  /** Shown with a correct answer. */
  explanation?: string;
}

/**
 * A checkpoint inside a lesson, graded in the browser when the reader presses
 * "Verificar": single choice, multiple choice, matching or ordering. A wrong
 * answer shows the reason written for each wrong choice, and the reader can
 * change the answer and check again. Inside a `<LessonScope>`, each answer is
 * recorded in the lesson's progress.
 *
 * @example
 * <Quiz id="catalog-memory" question="…" options={[{ text: "…", correct: true }, { text: "…", reason: "…" }]} />
 */
export function Quiz({ kind = "single", ...props }: QuizProps) {
  const spec: QuizSpec = { kind, ...props };

  // MDX props are not type-checked, so content mistakes fail the build here instead of confusing a reader.
  const problems = quizProblems(spec);
  if (problems.length > 0) throw new Error(`Invalid Quiz "${spec.id ?? spec.question}": ${problems.join(" ")}`);

  if (kind === "matching") return <MatchingQuiz spec={spec} />;
  if (kind === "ordering") return <OrderingQuiz spec={spec} />;
  return <ChoiceQuiz spec={spec} />;
}
