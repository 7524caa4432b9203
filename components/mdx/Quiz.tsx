"use client";

import { useId, useState } from "react";
import type { FormEvent } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";

/** One option of a quiz. The correct option may carry an explanation, and a wrong option must carry the reason it is wrong. */
export type QuizOption = { text: string; correct: true; explanation?: string } | { text: string; correct?: false; reason: string };

interface QuizProps {
  question: string;
  options: QuizOption[];
}

type Verdict = { kind: "correct"; explanation?: string } | { kind: "incorrect"; reason: string };

/**
 * Renders a multiple-choice checkpoint inside a lesson and grades it in the
 * browser when the reader presses "Verificar". A wrong choice shows the reason
 * written for that option, and the reader can pick again.
 */
export function Quiz({ question, options }: QuizProps) {
  const { t } = useLocale();
  const groupName = useId();
  const feedbackId = useId();
  const [selected, setSelected] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  assertValidOptions(question, options);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (selected === null) return;

    const option = options[selected];
    setVerdict(option.correct ? { kind: "correct", explanation: option.explanation } : { kind: "incorrect", reason: option.reason });
  }

  function handleChange(index: number) {
    setSelected(index);
    // A new choice has not been checked yet, so the old verdict would mislead.
    setVerdict(null);
  }

  return (
    <form onSubmit={handleSubmit} className="not-prose my-8 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
      <fieldset aria-describedby={feedbackId}>
        <legend className="mb-3 font-semibold text-slate-900">{question}</legend>
        <div className="space-y-2">
          {options.map((option, index) => (
            <label
              key={option.text}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name={groupName}
                value={index}
                checked={selected === index}
                onChange={() => handleChange(index)}
                className="mt-1 accent-brand-700"
              />
              <span className="text-slate-800">{option.text}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="mt-4 flex flex-wrap items-start gap-4">
        <button
          type="submit"
          disabled={selected === null}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          {t("quiz.check")}
        </button>
        <div id={feedbackId} role="status" aria-live="polite" className="min-w-0 flex-1">
          {verdict?.kind === "correct" && (
            <p className="text-emerald-800">
              <strong>{t("quiz.correct")}</strong> {verdict.explanation}
            </p>
          )}
          {verdict?.kind === "incorrect" && (
            <p className="text-red-800">
              <strong>{t("quiz.incorrect")}</strong> {verdict.reason}
            </p>
          )}
        </div>
      </div>
    </form>
  );
}

/** Throws on content mistakes that MDX's untyped props let through, so they fail the build instead of confusing a reader. */
function assertValidOptions(question: string, options: QuizOption[]): void {
  const correctCount = options.filter((option) => option.correct).length;
  if (options.length < 2 || correctCount !== 1) {
    throw new Error(`Invalid Quiz "${question}": expected at least 2 options with exactly 1 marked correct, got ${options.length} options and ${correctCount} correct. Mark exactly one option with correct: true.`);
  }

  const withoutReason = options.find((option) => !option.correct && !option.reason);
  if (withoutReason) {
    throw new Error(`Invalid Quiz "${question}": wrong option "${withoutReason.text}" has no reason. Add a reason that explains why it is wrong.`);
  }

  const texts = new Set(options.map((option) => option.text));
  if (texts.size !== options.length) {
    throw new Error(`Invalid Quiz "${question}": two options have the same text. Reword one of them.`);
  }
}
