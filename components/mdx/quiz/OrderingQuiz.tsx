"use client";

import { useMemo, useRef, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { gradeOrdering, seededPermutation } from "@/lib/content/quiz";
import type { QuizSpec } from "@/lib/content/quiz";
import { QuizFrame, useQuizState } from "./QuizFrame";

const MOVE_BUTTON_CLASS =
  "rounded border border-slate-300 px-2 py-0.5 text-sm text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

/**
 * Renders an ordering question. The steps start in a fixed shuffled order and each has "move up"
 * and "move down" buttons, so the question works with a keyboard and a
 * screen reader (which hears the new position) as well as with a mouse.
 */
export function OrderingQuiz({ spec }: { spec: QuizSpec }) {
  const { t } = useLocale();
  const state = useQuizState(spec);
  const items = useMemo(() => spec.items ?? [], [spec.items]);
  const [order, setOrder] = useState<number[]>(() => seededPermutation(items.length, spec.id));
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  function move(position: number, offset: -1 | 1) {
    const target = position + offset;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[position], next[target]] = [next[target], next[position]];
    setOrder(next);
    state.clear();

    const item = items[next[target]].text;
    setAnnouncement(t("course.quiz.moved", { item, position: target + 1, total: next.length }));
    // Keep focus on the moved step. At either end its button in that direction is disabled, so focus the other one.
    let direction: "up" | "down" = offset === -1 ? "up" : "down";
    if (target === 0) direction = "down";
    if (target === next.length - 1) direction = "up";
    requestAnimationFrame(() => buttons.current.get(`${next[target]}-${direction}`)?.focus());
  }

  const wrongPositions = new Set(state.result && !state.result.correct ? order.flatMap((itemIndex, position) => (itemIndex === position ? [] : [position])) : []);

  return (
    <QuizFrame spec={spec} state={state} hint={t("course.quiz.orderingHint")} canCheck onCheck={() => state.check(gradeOrdering(spec, order))}>
      <ol className="space-y-2">
        {order.map((itemIndex, position) => {
          const item = items[itemIndex];
          const wrong = wrongPositions.has(position);
          return (
            <li
              key={item.text}
              className={`flex items-center gap-3 rounded-md border px-3 py-2 ${wrong ? "border-red-400 dark:border-red-500" : "border-slate-200 dark:border-slate-700"}`}
            >
              <span aria-hidden="true" className="w-6 shrink-0 text-right font-mono text-sm text-slate-500 dark:text-slate-400">
                {position + 1}.
              </span>
              <span className="min-w-0 flex-1 text-slate-800 dark:text-slate-200">
                {item.text}
                {wrong && <span className="sr-only"> ({t("course.quiz.rowWrong")})</span>}
              </span>
              <span className="flex shrink-0 gap-1">
                <button
                  type="button"
                  ref={(element) => {
                    buttons.current.set(`${itemIndex}-up`, element);
                  }}
                  onClick={() => move(position, -1)}
                  disabled={position === 0}
                  aria-label={t("course.quiz.moveUp", { item: item.text })}
                  className={MOVE_BUTTON_CLASS}
                >
                  ↑
                </button>
                <button
                  type="button"
                  ref={(element) => {
                    buttons.current.set(`${itemIndex}-down`, element);
                  }}
                  onClick={() => move(position, 1)}
                  disabled={position === order.length - 1}
                  aria-label={t("course.quiz.moveDown", { item: item.text })}
                  className={MOVE_BUTTON_CLASS}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </QuizFrame>
  );
}
