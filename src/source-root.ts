import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `src` folder, for files read at run time (migrations, styles, scripts).
 * When the server runs from the start-up bundle (see bin/sasaeai.mjs) this
 * module's own location is the bundle's, so the launcher says where `src` is.
 */
export const sourceRoot = process.env.SASAEAI_SOURCE_ROOT ?? path.dirname(fileURLToPath(import.meta.url));

/** The project folder (where package.json is). */
export const projectRoot = path.dirname(sourceRoot);
