import { join } from 'node:path';

/** The project's root folder, whatever the working directory. */
export const PROJECT_ROOT = join(import.meta.dirname, '../..');
