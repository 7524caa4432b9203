"use client";

import { useMemo, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { KindGroup, NodeKindSpec } from "@/lib/pipeline/registry";
import { PORT_COLORS } from "./canvas-nodes";
import { KIND_DRAG_TYPE } from "./PipelineCanvas";

const GROUPS: KindGroup[] = ["data", "preprocessing", "models", "evaluation"];

/**
 * Lists every registered node kind, grouped and searchable. A kind is added
 * by dragging it onto the canvas or, from the keyboard, with its button.
 */
export function Palette({ kinds, onAdd }: { kinds: NodeKindSpec[]; onAdd(kind: string): void }) {
  const { t } = useLocale();
  const [query, setQuery] = useState("");
  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return kinds.filter((kind) => !needle || kind.id.includes(needle) || t(`kind.${kind.id}`).toLowerCase().includes(needle));
  }, [kinds, query, t]);

  return (
    <nav aria-label={t("editor.palette")} className="flex h-full flex-col gap-2 text-sm" data-testid="palette">
      <h2 className="font-semibold">{t("editor.palette")}</h2>
      <input
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t("editor.paletteSearch")}
        aria-label={t("editor.paletteSearch")}
        className="rounded border border-slate-300 px-2 py-1"
        data-testid="palette-search"
      />
      {kinds.length === 0 && <p className="text-slate-500">{t("editor.loadingKinds")}</p>}
      <div className="min-h-0 flex-1 space-y-3 overflow-auto pr-1">
        {GROUPS.map((group) => {
          const members = visible.filter((kind) => kind.group === group);
          if (members.length === 0) return null;
          return (
            <section key={group} aria-label={t(`editor.group.${group}`)}>
              <h3 className="mb-1 text-xs font-semibold uppercase text-slate-500">{t(`editor.group.${group}`)}</h3>
              <ul className="space-y-1">
                {members.map((kind) => (
                  <li key={kind.id}>
                    <button
                      type="button"
                      draggable
                      onDragStart={(event) => {
                        event.dataTransfer.setData(KIND_DRAG_TYPE, kind.id);
                        event.dataTransfer.effectAllowed = "copy";
                      }}
                      onClick={() => onAdd(kind.id)}
                      title={t(`kind.${kind.id}`)}
                      data-testid={`palette-${kind.id}`}
                      className="w-full cursor-grab rounded border border-slate-200 bg-white px-2 py-1 text-left hover:border-brand-600"
                    >
                      <span className="block font-mono text-xs font-semibold">{kind.id}</span>
                      <span className="flex gap-1" aria-hidden="true">
                        {kind.inputs.map((port, i) => (
                          <span key={`i${i}`} className="inline-block h-2 w-2 rounded-full border" style={{ borderColor: PORT_COLORS[port.type] }} />
                        ))}
                        <span className="text-[10px] text-slate-400">→</span>
                        {kind.outputs.map((port, i) => (
                          <span key={`o${i}`} className="inline-block h-2 w-2 rounded-full" style={{ background: PORT_COLORS[port.type] }} />
                        ))}
                      </span>
                      <span className="sr-only">{t("editor.addKind", { kind: kind.id })}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </nav>
  );
}
