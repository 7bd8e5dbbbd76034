import { z } from 'zod/mini';

/**
 * `zod/mini` for the schemas the tab loads: the classic API would add ~25 KB (gzip) to the
 * tab's first view. Classic zod installs the English locale as soon as a schema is built; mini
 * installs none (every issue would read "Invalid input"), so this does what classic does, once:
 * the built-in messages stay the same whichever of the two is loaded first.
 */
if (!z.config().localeError) z.config(z.locales.en());

export { z };
