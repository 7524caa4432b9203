"use client";

import { useEffect, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { downloadBlob } from "@/components/pipeline-editor/download";
import { formatNumber } from "@/lib/exercises/phrase";
import type { ExerciseSpec } from "@/lib/exercises/spec";
import { createSubmission, serializeSubmission, submissionFileName } from "@/lib/exercises/submission";
import type { Project } from "@/lib/pipeline/types";
import { Checklist } from "./Checklist";
import { HintsAndSolution } from "./HintsAndSolution";
import type { CheckReport, useExerciseCheck } from "./useExerciseCheck";

const STUDENT_KEY = "deploy-lab.grading.student";

type Checker = ReturnType<typeof useExerciseCheck>;

interface CheckPanelProps {
  spec: ExerciseSpec;
  project: Project;
  checker: Checker;
  /** True while a normal run uses the worker; a check waits for it to finish. */
  running: boolean;
  onLoadSolution(project: Project): void;
}

/** Returns the last report, whatever state the checker is in now. */
export function lastReport(checker: Checker): CheckReport | undefined {
  const { state } = checker;
  return state.status === "done" || state.status === "cancelled" || state.status === "failed" ? state.report : undefined;
}

/**
 * Renders the exercise's instructions, the Check button, the rubric
 * checklist, the hints and solution, and the "Entregar" form that downloads
 * a submission.
 */
export function CheckPanel({ spec, project, checker, running, onLoadSolution }: CheckPanelProps) {
  const { locale, t } = useLocale();
  const report = lastReport(checker);
  const checking = checker.state.status === "checking";
  const stale = report !== undefined && report.project !== project;
  const result = report?.result;

  return (
    <section aria-labelledby="check-title" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="check-panel">
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
        <div className="space-y-3">
          <details open className="text-sm">
            <summary className="cursor-pointer font-semibold">{t("grading.instructions")}</summary>
            <div className="mt-2 space-y-2 text-slate-700">
              {spec.instructions[locale].map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </details>
          <HintsAndSolution spec={spec} tried={report !== undefined || checker.best !== undefined} onLoadSolution={onLoadSolution} />
        </div>

        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="check-title" className="mr-auto text-lg font-semibold">
              {t("grading.checklist")}
            </h2>
            {result && (
              <span data-testid="check-score" data-score={result.score} data-max={result.max} className="rounded bg-brand-50 px-2 py-1 font-mono text-sm font-semibold text-brand-900">
                {t("grading.score", { score: formatNumber(locale, result.score), max: formatNumber(locale, result.max) })}
              </span>
            )}
            <button
              type="button"
              onClick={() => void checker.check(project)}
              disabled={checking || running}
              data-testid="check-button"
              className="rounded bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800 disabled:cursor-not-allowed disabled:bg-slate-400"
            >
              {checking ? t("grading.checking") : t("grading.check")}
            </button>
            {checking && (
              <button type="button" onClick={checker.cancel} className="rounded border border-slate-400 bg-white px-3 py-2 text-sm">
                {t("exercise.cancel")}
              </button>
            )}
          </div>
          <p className="text-xs text-slate-600">{t("grading.checklistHelp")}</p>
          <CheckStatus checker={checker} stale={stale} />
          <Checklist spec={spec} result={result} />
          <SubmitForm project={project} checker={checker} running={running} stale={stale || report === undefined || report.result.run.status === "cancelled"} />
        </div>
      </div>
    </section>
  );
}

function CheckStatus({ checker, stale }: { checker: Checker; stale: boolean }) {
  const { locale, t } = useLocale();
  const { state, best } = checker;
  const report = lastReport(checker);
  const missing = report?.result.run.status === "data_missing" ? (report.result.run.missing ?? []) : [];
  return (
    <div className="space-y-1 text-sm" data-testid="check-status" data-status={state.status}>
      {state.status === "idle" && <p className="text-slate-600">{t("grading.notChecked")}</p>}
      {state.status === "checking" && state.progress && (
        <p role="status" className="text-slate-700">
          {state.progress.node} ({state.progress.index + 1}/{state.progress.total})
        </p>
      )}
      {state.status === "cancelled" && <p role="status">{t("grading.run.cancelled")}</p>}
      {state.status === "failed" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          {t("grading.checkFailed", { reason: state.message })}
        </p>
      )}
      {missing.length > 0 && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t("grading.run.data_missing", { datasets: missing.join(", ") })}
        </p>
      )}
      {stale && report && <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{t("grading.stale")}</p>}
      {best && <p className="text-xs text-slate-600">{t("grading.best", { score: formatNumber(locale, best.best), max: formatNumber(locale, best.max) })}</p>}
    </div>
  );
}

type SubmitNotice = { tone: "info" | "error"; text: string };

/**
 * Renders the student's name and the "Entregar" button. A submission always
 * contains a complete check: when the pipeline changed since the last one,
 * or that check was cancelled, it checks first.
 */
function SubmitForm({ project, checker, running, stale }: { project: Project; checker: Checker; running: boolean; stale: boolean }) {
  const { locale, t } = useLocale();
  const [student, setStudent] = useState("");
  const [notice, setNotice] = useState<SubmitNotice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    try {
      setStudent(window.localStorage.getItem(STUDENT_KEY) ?? "");
    } catch {
      // Blocked storage: the student types the name each time.
    }
  }, []);

  const changeName = (name: string) => {
    setStudent(name);
    try {
      window.localStorage.setItem(STUDENT_KEY, name);
    } catch {
      // The name is only kept for this page view.
    }
  };

  const submit = async () => {
    if (student.trim() === "") {
      setNotice({ tone: "error", text: t("grading.studentNameMissing") });
      return;
    }
    setBusy(true);
    try {
      const report = stale ? await checker.check(project) : lastReport(checker);
      if (!report) return;
      const submission = await createSubmission({ student, project: report.project, result: report.result, stamp: report.stamp, submittedAt: new Date() });
      const file = submissionFileName(submission);
      downloadBlob(new Blob([serializeSubmission(submission)], { type: "application/json" }), file);
      setNotice({ tone: "info", text: t("grading.submitted", { file, score: formatNumber(locale, report.result.score), max: formatNumber(locale, report.result.max) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="space-y-2 border-t border-slate-200 pt-3"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="text-xs text-slate-600">{t("grading.submitHelp")}</p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="mr-2">{t("grading.studentName")}</span>
          <input
            value={student}
            onChange={(event) => changeName(event.target.value)}
            maxLength={200}
            autoComplete="name"
            data-testid="student-name"
            className="rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <button type="submit" disabled={busy || running || checker.state.status === "checking"} data-testid="submit-button" className="rounded bg-brand-600 px-4 py-1.5 font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-400">
          {t("grading.submit")}
        </button>
      </div>
      {notice && (
        <p role={notice.tone === "error" ? "alert" : "status"} data-testid="submit-notice" className={`rounded border px-3 py-2 text-sm ${notice.tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-sky-300 bg-sky-50 text-sky-900"}`}>
          {notice.text}
        </p>
      )}
    </form>
  );
}
