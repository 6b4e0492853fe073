/** The extension's source page, at one claim or one source (see source-page.ts), relative to the extension's root. */
export const claimPageUrl = (id: string) => `source.html?claim=${encodeURIComponent(id)}`;
export const sourcePageUrl = (id: string) => `source.html?source=${encodeURIComponent(id)}`;
