/**
 * The one way into zod for the extension's code: zod configured never to generate code.
 *
 * zod 4 compiles a fast parser for every object schema with `new Function` unless `jitless` is
 * set — and reads the setting when a schema is *made*, not when it parses. So the setting must
 * run before any schema exists: every module that makes schemas imports `z` from here (biome's
 * noRestrictedImports refuses `zod` anywhere else), and ES modules evaluate this one first.
 *
 * The build also removes zod's `Function` constructor from the bundles (scripts/zod-no-eval.ts):
 * extension pages and content scripts run under a CSP without 'unsafe-eval' anyway, where the
 * probe for it is refused and reported as a CSP violation, and web-ext lint flags it.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
