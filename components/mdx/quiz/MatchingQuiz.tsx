"use client";

import { useId, useMemo, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { gradeMatching, seededPermutation } from "@/lib/content/quiz";
import type { QuizSpec } from "@/lib/content/quiz";
import { QuizFrame, useQuizState } from "./QuizFrame";

/** Renders a matching question: one select per left-hand item, listing the right-hand texts in a fixed shuffled order. */
export function MatchingQuiz({ spec }: { spec: QuizSpec }) {
  const { t } = useLocale();
  const idPrefix = useId();
  const state = useQuizState(spec);
  const pairs = useMemo(() => spec.pairs ?? [], [spec.pairs]);
  const choiceOrder = useMemo(() => seededPermutation(pairs.length, spec.id), [pairs.length, spec.id]);
  const [answer, setAnswer] = useState<(number | null)[]>(() => pairs.map(() => null));
  const wrongRows = new Set(state.result && !state.result.correct ? pairs.flatMap((_, index) => (answer[index] === index ? [] : [index])) : []);

  function choose(row: number, value: string) {
    const choice = value === "" ? null : Number(value);
    setAnswer((current) => current.map((item, index) => (index === row ? choice : item)));
    state.clear();
  }

  return (
    <QuizFrame
      spec={spec}
      state={state}
      hint={t("course.quiz.matchingHint")}
      canCheck={answer.every((item) => item !== null)}
      onCheck={() => state.check(gradeMatching(spec, answer))}
    >
      <div className="space-y-2">
        {pairs.map((pair, row) => {
          const selectId = `${idPrefix}-${row}`;
          const wrong = wrongRows.has(row);
          return (
            <div
              key={pair.left}
              className={`grid gap-2 rounded-md border px-3 py-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:items-center ${
                wrong ? "border-red-400 dark:border-red-500" : "border-slate-200 dark:border-slate-700"
              }`}
            >
              <label htmlFor={selectId} className="font-medium text-slate-800 dark:text-slate-200">
                {pair.left}
                {wrong && <span className="sr-only"> ({t("course.quiz.rowWrong")})</span>}
              </label>
              <select
                id={selectId}
                value={answer[row] ?? ""}
                onChange={(event) => choose(row, event.target.value)}
                className="w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
              >
                <option value="">{t("course.quiz.choose")}</option>
                {choiceOrder.map((pairIndex) => (
                  <option key={pairIndex} value={pairIndex}>
                    {pairs[pairIndex].right}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </QuizFrame>
  );
}
