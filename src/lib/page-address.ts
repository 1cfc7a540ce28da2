/**
 * The page's base address as the page was read, for the relative addresses of what it asks for
 * later (the data files, the whole style sheet). Taken when the entry runs: the document's address
 * can change under it, and with it what a relative address means (going back from another page,
 * the browser may restore into this document a history entry of a town's page, town/<id>.html,
 * whose folder has no data/ or assets/).
 */
const PAGE_BASE = typeof document === 'undefined' ? undefined : document.baseURI;

/** `path` as a full address, relative to the page as it was read (outside a page: `path` itself). */
export const pageAddress = (path: string): string => (PAGE_BASE ? new URL(path, PAGE_BASE).href : path);
