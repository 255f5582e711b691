/** The addresses of "Bekijk als klant": only ids, never a token (see previewTab). */
export const PREVIEW_ROUTE = '/preview/:accountId';

export const previewPath = (accountId: number, contactId: number) => `/preview/${accountId}?contact=${contactId}`;

export const contactPath = (contactId: number) => `/contacts/${contactId}/show`;
