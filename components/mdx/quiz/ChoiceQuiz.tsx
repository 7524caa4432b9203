"use client";

import { useId, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { gradeMultiple, gradeSingle } from "@/lib/content/quiz";
import type { QuizSpec } from "@/lib/content/quiz";
import { QuizFrame, useQuizState } from "./QuizFrame";

const OPTION_CLASS =
  "flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:hover:bg-slate-800 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-slate-800";

/** Renders a single-choice (radio buttons) or multiple-choice (checkboxes, right only when exactly the correct ones are marked). */
export function ChoiceQuiz({ spec }: { spec: QuizSpec }) {
  const { t } = useLocale();
  const groupName = useId();
  const state = useQuizState(spec);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const options = spec.options ?? [];
  const multiple = spec.kind === "multiple";

  function toggle(index: number) {
    setSelected((current) => {
      if (!multiple) return new Set([index]);
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
    // A new choice has not been checked yet, so the old verdict would mislead.
    state.clear();
  }

  function check() {
    state.check(multiple ? gradeMultiple(spec, selected) : gradeSingle(spec, [...selected][0]));
  }

  return (
    <QuizFrame spec={spec} state={state} hint={multiple ? t("course.quiz.multipleHint") : undefined} canCheck={selected.size > 0} onCheck={check}>
      <div className="space-y-2">
        {options.map((option, index) => (
          <label key={option.text} className={OPTION_CLASS}>
            <input
              type={multiple ? "checkbox" : "radio"}
              name={groupName}
              value={index}
              checked={selected.has(index)}
              onChange={() => toggle(index)}
              className="mt-1 accent-brand-700"
            />
            <span className="text-slate-800 dark:text-slate-200">{option.text}</span>
          </label>
        ))}
      </div>
    </QuizFrame>
  );
}
