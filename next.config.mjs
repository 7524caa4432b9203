import { fileURLToPath } from "node:url";
import createMDX from "@next/mdx";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  reactStrictMode: true,
  poweredByHeader: false,
};

// Plugins are given by package name or absolute path so Turbopack can
// serialise the config. @next/mdx resolves a name from the MDX file's folder,
// so a local plugin needs its absolute path. remark-frontmatter comes first:
// it keeps each lesson's YAML header out of the page and out of the slides
// (scripts/content/build-lessons.ts reads that header).
const remarkSlides = fileURLToPath(new URL("./lib/slides/remark-slides.mjs", import.meta.url));

const withMDX = createMDX({
  options: {
    remarkPlugins: [["remark-gfm", {}], ["remark-frontmatter", "yaml"], [remarkSlides, {}]],
  },
});

export default withMDX(nextConfig);
