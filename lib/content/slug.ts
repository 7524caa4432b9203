/**
 * Turns heading text into a URL fragment: lower case, accents removed,
 * anything but letters and digits collapsed into single hyphens.
 * The build-time outline and the rendered heading both call this, so a
 * table-of-contents link always finds its heading.
 *
 * @example
 * slugify("O Data Catalog e os `datasets`") // "o-data-catalog-e-os-datasets"
 */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Lower case without accents, so "producao" finds "produção". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
