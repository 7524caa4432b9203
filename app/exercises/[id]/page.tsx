import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExerciseEditor } from "@/components/exercise/ExerciseEditor";
import { EXERCISE_SPECS, findExerciseSpec } from "@/lib/exercises/specs";

/** Only the specs in content/exercises have pages; importing them here validates every spec during the build. */
export const dynamicParams = false;

export function generateStaticParams() {
  return EXERCISE_SPECS.map((spec) => ({ id: spec.id }));
}

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const spec = findExerciseSpec((await params).id);
  return { title: spec ? spec.title["pt-BR"] : "Exercício" };
}

export default async function CheckedExercisePage({ params }: Params) {
  const { id } = await params;
  if (!findExerciseSpec(id)) notFound();
  return <ExerciseEditor exerciseId={id} />;
}
