import type { MDXComponents } from "mdx/types";
import { Callout } from "@/components/mdx/Callout";
import { LivePipeline } from "@/components/mdx/LivePipeline";
import { Notes } from "@/components/mdx/Notes";
import { Quiz } from "@/components/mdx/Quiz";
import { Slide } from "@/components/mdx/Slide";

// Components that lesson MDX files may use without importing them.
const components: MDXComponents = {
  Callout,
  LivePipeline,
  Notes,
  Quiz,
  Slide,
};

/** Required by @next/mdx with the App Router, which calls it without arguments. */
export function useMDXComponents(): MDXComponents {
  return components;
}
