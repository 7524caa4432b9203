import type { Metadata } from "next";
import { ExerciseEditor } from "@/components/exercise/ExerciseEditor";

export const metadata: Metadata = { title: "Exercício Iris" };

export default function IrisExercisePage() {
  return <ExerciseEditor exerciseId="iris" />;
}
