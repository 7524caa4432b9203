import type { Metadata } from "next";
import { ExerciseEditor } from "@/components/exercise/ExerciseEditor";

export const metadata: Metadata = { title: "Exercício diabetes" };

export default function DiabetesExercisePage() {
  return <ExerciseEditor exerciseId="diabetes" />;
}
