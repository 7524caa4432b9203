import type { MDXComponents } from "mdx/types";
import { BuildReleaseRunDiagram } from "@/components/diagrams/BuildReleaseRunDiagram";
import { DeploymentCycleDiagram } from "@/components/diagrams/DeploymentCycleDiagram";
import { KedroDagDiagram } from "@/components/diagrams/KedroDagDiagram";
import { PerspectivesDiagram } from "@/components/diagrams/PerspectivesDiagram";
import { ServiceModelsDiagram } from "@/components/diagrams/ServiceModelsDiagram";
import { Callout } from "@/components/mdx/Callout";
import { CloudServiceTable } from "@/components/mdx/CloudServiceTable";
import { H2, H3 } from "@/components/mdx/Heading";
import { LivePipeline } from "@/components/mdx/LivePipeline";
import { Notes } from "@/components/mdx/Notes";
import { Pre } from "@/components/mdx/Pre";
import { Quiz } from "@/components/mdx/Quiz";
import { Term } from "@/components/mdx/Term";
import { Slide } from "@/components/mdx/Slide";

// Components that lesson MDX files may use without importing them.
const components: MDXComponents = {
  h2: H2,
  h3: H3,
  pre: Pre,
  BuildReleaseRunDiagram,
  Callout,
  LivePipeline,
  CloudServiceTable,
  DeploymentCycleDiagram,
  KedroDagDiagram,
  Notes,
  PerspectivesDiagram,
  Quiz,
  Slide,
  ServiceModelsDiagram,
  Term,
};

/** Required by @next/mdx with the App Router, which calls it without arguments. */
export function useMDXComponents(): MDXComponents {
  return components;
}
