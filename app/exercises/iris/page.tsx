import type { Metadata } from "next";
import { IrisExercise } from "@/components/exercise/IrisExercise";

export const metadata: Metadata = { title: "Exercício Iris" };

export default function IrisExercisePage() {
  return <IrisExercise />;
}
