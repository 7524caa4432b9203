"use client";

import { useId, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { useLessonSlug } from "@/components/course/LessonScope";
import { recordAnswer, useLessonProgress } from "@/components/course/progress-stores";
import type { QuizResult, QuizSpec } from "@/lib/content/quiz";

/** The verdict of the last check, and the actions every quiz kind needs. */
export interface QuizState {
  result: QuizResult | null;
  /** Grades the answer, shows the verdict and records it in the lesson's progress. */
  check(result: QuizResult): void;
  /** Hides the verdict, because the answer changed since it was checked. */
  clear(): void;
}

export function useQuizState(spec: QuizSpec): QuizState {
  const slug = useLessonSlug();
  const [result, setResult] = useState<QuizResult | null>(null);
  return {
    result,
    check(next) {
      setResult(next);
      if (slug) recordAnswer(slug, spec.id, next.correct);
    },
    clear: () => setResult(null),
  };
}

interface QuizFrameProps {
  spec: QuizSpec;
  state: QuizState;
  /** One line under the question on how to answer (e.g. "choose all that apply"). */
  hint?: string;
  canCheck: boolean;
  onCheck(): void;
  children: ReactNode;
}

/** Renders the form around every quiz kind: question, answer area, check button, verdict and the "passed" mark. */
export function QuizFrame({ spec, state, hint, canCheck, onCheck, children }: QuizFrameProps) {
  const { t } = useLocale();
  const slug = useLessonSlug();
  const progress = useLessonProgress();
  const feedbackId = useId();
  const hintId = useId();
  const passed = slug !== null && progress[slug]?.[spec.id]?.passed === true;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (canCheck) onCheck();
  }

  return (
    <form
      onSubmit={handleSubmit}
      data-checkpoint={spec.id}
      className="not-prose my-8 rounded-lg border border-slate-300 bg-white p-5 shadow-sm dark:border-slate-600 dark:bg-slate-900"
    >
      {passed && (
        <p className="mb-3 inline-flex items-center gap-1 rounded-full bg-emerald-100 px-3 py-0.5 text-sm font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
          <span aria-hidden="true">✓</span> {t("course.quiz.passed")}
        </p>
      )}
      <fieldset aria-describedby={hint ? `${hintId} ${feedbackId}` : feedbackId}>
        <legend className="mb-3 font-semibold text-slate-900 dark:text-slate-100">{spec.question}</legend>
        {hint && (
          <p id={hintId} className="-mt-1 mb-3 text-sm text-slate-600 dark:text-slate-300">
            {hint}
          </p>
        )}
        {children}
      </fieldset>

      <div className="mt-4 flex flex-wrap items-start gap-4">
        <button
          type="submit"
          disabled={!canCheck}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:cursor-not-allowed disabled:bg-slate-400 dark:disabled:bg-slate-600"
        >
          {t("quiz.check")}
        </button>
        <div id={feedbackId} role="status" aria-live="polite" className="min-w-0 flex-1">
          {state.result && <QuizVerdict result={state.result} inline={spec.kind === "single"} />}
        </div>
      </div>
    </form>
  );
}

function QuizVerdict({ result, inline }: { result: QuizResult; inline: boolean }) {
  const { t } = useLocale();

  if (result.correct) {
    return (
      <p className="text-emerald-800 dark:text-emerald-300">
        <strong>{t("quiz.correct")}</strong> {result.feedback.map((item) => item.text).join(" ")}
      </p>
    );
  }

  // A single choice has one wrong option to explain, and naming it again would only repeat the reader's pick.
  if (inline) {
    return (
      <p className="text-red-800 dark:text-red-300">
        <strong>{t("quiz.incorrect")}</strong> {result.feedback.map((item) => item.text).join(" ")}
      </p>
    );
  }

  return (
    <div className="text-red-800 dark:text-red-300">
      <p>
        <strong>{t("quiz.incorrect")}</strong>
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {result.feedback.map((item, index) => (
          <li key={index}>
            <span className="font-medium">{item.tone === "missed" ? t("course.quiz.missed", { option: item.subject ?? "" }) : `“${item.subject}”`}</span> — {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
