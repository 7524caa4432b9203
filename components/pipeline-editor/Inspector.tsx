"use client";

import { useEffect, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { interchangeableKinds } from "@/lib/editor/commands";
import { datasetNames } from "@/lib/editor/names";
import { canConnect, findNode } from "@/lib/editor/port-types";
import type { CommandError, EditorCommand, KindCatalog } from "@/lib/editor/types";
import { nodeToPython } from "@/lib/export/pipeline-python";
import { resolveParameter } from "@/lib/pipeline/params";
import type { NodeName, Project } from "@/lib/pipeline/types";
import { isParameterInput } from "@/lib/pipeline/types";
import { DatasetPreview } from "./DatasetPreview";

interface InspectorProps {
  project: Project;
  kinds: KindCatalog;
  /** Selected view-node id (`node:…` or `data:…`). */
  selectedId: string | null;
  datasets?: Record<string, unknown>;
  execute(command: EditorCommand): CommandError | undefined;
  onRunFrom(node: NodeName): void;
  running: boolean;
}

/** Shows and edits the selected node or dataset; every change is an editor command. */
export function Inspector(props: InspectorProps) {
  const { t } = useLocale();
  const { selectedId } = props;
  if (!selectedId) return <p className="text-sm text-slate-600">{t("editor.inspectorEmpty")}</p>;
  if (selectedId.startsWith("node:")) return <NodeInspector {...props} name={selectedId.slice("node:".length)} />;
  if (selectedId.startsWith("data:")) return <DatasetInspector {...props} name={selectedId.slice("data:".length).split("@")[0]} />;
  return <p className="text-sm text-slate-600">{t("editor.inspectorParameters")}</p>;
}

function NodeInspector({ project, kinds, name, execute, onRunFrom, running }: InspectorProps & { name: NodeName }) {
  const { t, tError } = useLocale();
  const [error, setError] = useState<CommandError | undefined>();
  const node = findNode(project, name);
  useEffect(() => setError(undefined), [name]);
  if (!node) return null;

  const kind = kinds.get(node.kind);
  const alternatives = interchangeableKinds(kinds, node.kind);
  const datasets = [...datasetNames(project)].sort();
  const parameterKeys = ["parameters", ...Object.keys(project.parameters).map((key) => `params:${key}`)];
  const apply = (command: EditorCommand) => setError(execute(command));

  return (
    <div className="space-y-3 text-sm" data-testid="inspector-node">
      <RenameField label={t("editor.nodeName")} value={node.name} testId="inspector-node-name" onCommit={(to) => apply({ type: "rename_node", node: node.name, to })} />
      {alternatives.length === 0 ? (
        <p>
          <span className="text-slate-600">{t("editor.kind")}:</span> <code className="font-semibold">{node.kind}</code>
        </p>
      ) : (
        <label className="flex items-center gap-2">
          <span className="text-slate-600">{t("editor.kind")}:</span>
          <select
            data-testid="inspector-kind"
            value={node.kind}
            onChange={(event) => apply({ type: "change_kind", node: node.name, kind: event.target.value })}
            className="rounded border border-slate-300 px-1 py-0.5 font-mono font-semibold"
          >
            {[node.kind, ...alternatives].map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
          <span className="text-xs text-slate-600">{t("editor.kindSwap")}</span>
        </label>
      )}
      {kind && <p className="text-slate-700">{t(`kind.${kind.id}`)}</p>}
      {kind && (
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer">{t("editor.docstring")}</summary>
          <pre className="whitespace-pre-wrap font-mono">{kind.doc}</pre>
        </details>
      )}
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800" data-testid="inspector-error">
          <code className="font-bold">{error.code}</code> {tError(error.code, error.params)}
        </p>
      )}

      <fieldset className="space-y-1">
        <legend className="font-semibold">{t("editor.inputs")}</legend>
        {node.inputs.map((input, index) => {
          const port = kind?.inputs[index];
          // Only datasets this port accepts, so the list itself teaches the port types. A parameters
          // port also lists datasets of parameters, such as the best_params a search outputs.
          const options = (port?.type === "parameters" ? [...parameterKeys, ...datasets] : datasets).filter((dataset) => canConnect(project, kinds, { dataset, node: node.name, input: index }).ok);
          return (
            <label key={index} className="flex items-center gap-2">
              <span className="w-32 shrink-0 font-mono text-xs" title={port?.doc}>
                {port?.name ?? index} <span className="text-slate-500">({port?.type})</span>
              </span>
              <select
                value={input}
                data-testid={`inspector-input-${index}`}
                onChange={(event) =>
                  apply(event.target.value === "" ? { type: "disconnect", node: node.name, input: index } : { type: "connect", dataset: event.target.value, node: node.name, input: index })
                }
                className="min-w-0 flex-1 rounded border border-slate-300 px-1 py-0.5"
              >
                <option value="">{t("editor.unconnected")}</option>
                {options.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
                {input && !options.includes(input) && <option value={input}>{input}</option>}
              </select>
            </label>
          );
        })}
      </fieldset>

      <fieldset className="space-y-1">
        <legend className="font-semibold">{t("editor.outputs")}</legend>
        {node.outputs.map((output, index) => (
          <RenameField
            key={`${output}-${index}`}
            label={`${kind?.outputs[index]?.name ?? index} (${kind?.outputs[index]?.type ?? "?"})`}
            value={output}
            testId={`inspector-output-${index}`}
            onCommit={(to) => apply({ type: "rename_dataset", from: output, to })}
          />
        ))}
      </fieldset>

      <ParametersRead project={project} inputs={node.inputs.filter(isParameterInput)} />

      <div>
        <h3 className="font-semibold">{t("editor.kedroCall")}</h3>
        <pre className="overflow-x-auto rounded bg-slate-900 p-2 text-xs text-slate-100" data-testid="inspector-python">
          {nodeToPython(node)}
        </pre>
      </div>

      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={running} onClick={() => onRunFrom(node.name)} className="rounded border border-brand-600 px-2 py-1 text-brand-700 disabled:opacity-50" data-testid="run-from-node">
          {t("editor.runFrom")}
        </button>
        <button type="button" onClick={() => apply({ type: "remove_node", node: node.name })} className="rounded border border-red-400 px-2 py-1 text-red-700">
          {t("editor.deleteNode")}
        </button>
      </div>
    </div>
  );
}

function ParametersRead({ project, inputs }: { project: Project; inputs: string[] }) {
  const { t } = useLocale();
  if (inputs.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold">{t("editor.parametersRead")}</h3>
      <dl className="space-y-1 text-xs">
        {inputs.map((input) => (
          <div key={input}>
            <dt className="font-mono">{input}</dt>
            <dd className="font-mono text-slate-600">{JSON.stringify(resolveParameter(project.parameters, input) ?? null)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function DatasetInspector({ project, name, datasets, execute }: InspectorProps & { name: string }) {
  const { t, tError } = useLocale();
  const [error, setError] = useState<CommandError | undefined>();
  useEffect(() => setError(undefined), [name]);
  const entry = project.catalog[name];
  const value = datasets?.[name];

  return (
    <div className="space-y-3 text-sm" data-testid="inspector-dataset">
      <RenameField label={t("editor.datasetName")} value={name} testId="inspector-dataset-name" onCommit={(to) => setError(execute({ type: "rename_dataset", from: name, to }))} />
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
          <code className="font-bold">{error.code}</code> {tError(error.code, error.params)}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-slate-600">type</dt>
        <dd className="font-mono">{entry?.type ?? "MemoryDataset"}</dd>
        <dt className="text-slate-600">layer</dt>
        <dd className="font-mono">{entry?.layer ?? "—"}</dd>
        {entry?.filepath && (
          <>
            <dt className="text-slate-600">filepath</dt>
            <dd className="break-all font-mono">{entry.filepath}</dd>
          </>
        )}
      </dl>
      {!entry && <p className="text-xs text-slate-600">{t("editor.memoryDataset")}</p>}
      {value === undefined ? <p className="text-slate-600">{t("editor.noPreview")}</p> : <DatasetPreview value={value} />}
    </div>
  );
}

/** Renders a text field that applies its value on Enter or when it loses focus. */
function RenameField({ label, value, testId, onCommit }: { label: string; value: string; testId: string; onCommit(value: string): void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <label className="flex items-center gap-2">
      <span className="w-32 shrink-0 font-mono text-xs">{label}</span>
      <input
        value={draft}
        data-testid={testId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") setDraft(value);
        }}
        className="min-w-0 flex-1 rounded border border-slate-300 px-1 py-0.5 font-mono"
      />
    </label>
  );
}
