/**
 * The bundled entity list, for names and kinds. Only entities.json is imported, not the whole
 * knowledge base: the popup needs no claims, and the popup bundle stays small. The data is
 * validated at build time; parsing here still fails loudly if a malformed file ever ships.
 */

import { Entity } from '@/core/schema';
import { z } from '@/core/zod';
import raw from '@/data/entities.json';
import sources from '@/data/sources.json';

export const ENTITIES: readonly Entity[] = z.array(Entity).parse(raw);

export const SOURCE_COUNT = sources.length;
