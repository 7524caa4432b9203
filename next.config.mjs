import createMDX from "@next/mdx";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  reactStrictMode: true,
  poweredByHeader: false,
};

// Plugins are given by package name so Turbopack can serialise the config.
// remark-frontmatter keeps each lesson's YAML header out of the rendered page;
// scripts/content/build-lessons.ts reads that header.
const withMDX = createMDX({
  options: {
    remarkPlugins: [["remark-gfm", {}], ["remark-frontmatter", "yaml"]],
  },
});

export default withMDX(nextConfig);
