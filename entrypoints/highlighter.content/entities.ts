/**
 * The entities the content script matches. Only `data/entities.json` is bundled here (not the
 * articles, claims or disputes): the content script runs on every page and stays small.
 */
import { z } from 'zod';
import { Entity } from '@/core/schema';
import raw from '@/data/entities.json';

export const ENTITIES: readonly Entity[] = z.array(Entity).parse(raw);
