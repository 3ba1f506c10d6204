/**
 * What the content script needs from `data/entities.json`: the entities and the matcher's
 * compiled form. Both are computed at BUILD time: the `precompute` plugin (scripts/precompute.ts,
 * in wxt.config.ts) runs this module in Node and ships its exports as JSON, so a page pays
 * neither the zod parse nor the matcher's derivation (buildTerms, morphology, the tries: some
 * 50 ms), and their code is not in the content script. Under vitest it runs as written.
 */

import { compileMatcher } from '@/core/compile';
import { Entity } from '@/core/schema';
import { z } from '@/core/zod';
import raw from '@/data/entities.json';

export const ENTITIES: readonly Entity[] = z.array(Entity).parse(raw);

export const COMPILED_MATCHER = compileMatcher({ entities: ENTITIES });
