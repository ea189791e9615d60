// Noto Sans JP, the one face every PDF of Sasaeai embeds (a subset per document).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The font family name to use in document definitions. */
export const JAPANESE_FONT = 'NotoSansJP';

/** Font files of the regular and bold face. */
export const FONT_FILES = {
  normal: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
} as const;
