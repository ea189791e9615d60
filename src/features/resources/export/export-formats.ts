export const exportFormats = ['sasaeai', 'public-facilities'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export type ExportEncoding = 'utf-8' | 'cp932';
