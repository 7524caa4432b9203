"use client";

import { useState } from "react";
import { CodeEditor } from "@/components/code-editor/CodeEditor";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { CommandError, EditorCommand, KindCatalog } from "@/lib/editor/types";
import { catalogToYaml, parametersToYaml, parseCatalogYaml, parseParametersYaml } from "@/lib/editor/yaml";
import { projectToPipelinePython } from "@/lib/export/pipeline-python";
import type { Catalog, NodeName, Parameters, Project } from "@/lib/pipeline/types";
import { Inspector } from "./Inspector";
import { YamlTab } from "./YamlTab";


const TABS = ["inspector", "catalog", "parameters", "python"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = { inspector: "editor.tab.inspector", catalog: "catalog.yml", parameters: "parameters.yml", python: "pipeline.py" };

const parseCatalog = (text: string) => {
  const result = parseCatalogYaml(text);
  return result.ok ? { ok: true as const, value: result.catalog } : result;
};
const parseParameters = (text: string) => {
  const result = parseParametersYaml(text);
  return result.ok ? { ok: true as const, value: result.parameters } : result;
};

interface SidePanelProps {
  project: Project;
  kinds: KindCatalog;
  selectedId: string | null;
  datasets?: Record<string, unknown>;
  execute(command: EditorCommand, options?: { coalesce?: boolean }): CommandError | undefined;
  onRunFrom(node: NodeName): void;
  running: boolean;
}

/** Renders the editor's right column: the inspector and the project's files. */
export function SidePanel(props: SidePanelProps) {
  const { t } = useLocale();
  const [tab, setTab] = useState<Tab>("inspector");
  const [visited, setVisited] = useState<ReadonlySet<Tab>>(() => new Set<Tab>(["inspector"]));
  const open = (name: Tab) => {
    setTab(name);
    setVisited((current) => (current.has(name) ? current : new Set(current).add(name)));
  };
  const { project, execute } = props;

  return (
    <div className="flex h-full flex-col">
      <div role="tablist" aria-label={t("editor.sidePanel")} className="mb-2 flex flex-wrap gap-1 border-b border-slate-200">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            onClick={() => open(name)}
            className={`rounded-t px-2 py-1 text-sm ${tab === name ? "border border-b-white border-slate-200 bg-white font-semibold" : "text-slate-600"}`}
          >
            {name === "inspector" ? t(TAB_LABELS[name]) : <code>{TAB_LABELS[name]}</code>}
          </button>
        ))}
      </div>
      {/* Tabs stay mounted once opened, so an unfinished YAML edit, its comments and the
          cursor survive a switch; Monaco still loads only when a file tab is first opened. */}
      {TABS.filter((name) => visited.has(name)).map((name) => (
        <div key={name} role="tabpanel" id={`panel-${name}`} aria-labelledby={`tab-${name}`} hidden={tab !== name} className="min-h-0 flex-1 overflow-auto">
          {name === "inspector" && <Inspector {...props} />}
          {name === "catalog" && (
            <YamlTab<Catalog>
              label="catalog.yml"
              value={project.catalog}
              toYaml={catalogToYaml}
              parse={parseCatalog}
              onChange={(catalog, typing) => execute({ type: "set_catalog", catalog }, { coalesce: typing })}
            />
          )}
          {name === "parameters" && (
            <YamlTab<Parameters>
              label="parameters.yml"
              value={project.parameters}
              toYaml={parametersToYaml}
              parse={parseParameters}
              onChange={(parameters, typing) => execute({ type: "set_parameters", parameters }, { coalesce: typing })}
            />
          )}
          {name === "python" && (
            <div className="space-y-1">
              <p className="text-xs text-slate-600">{t("editor.pythonReadOnly")}</p>
              <CodeEditor value={projectToPipelinePython(project)} language="python" readOnly ariaLabel="pipeline.py" height={420} />
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
