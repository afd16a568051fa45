/**
 * Actual figures supplied by the user: one observation per row of the progress template.
 * Never part of the plans' facts; each names its own source and data date.
 */
import { z } from 'zod';
import { UNITS, type UnitId } from '../data/planVocabulary';

export { convert } from './units';

export const observation = z.object({
  planId: z.string().min(1).max(100),
  targetId: z.string().min(1).max(100),
  regionCode: z.string().regex(/^\d{6}$/),
  year: z.number().int().min(1990).max(2100),
  value: z.number().finite(),
  unit: z.enum(Object.keys(UNITS) as [UnitId, ...UnitId[]]),
  /** e.g. "吉林省2023年国民经济和社会发展统计公报, 表3" */
  source: z.string().min(1).max(1000),
  /** yyyy-mm-dd: when the figure was published or taken */
  dataDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  responsibleUnit: z.string().max(1000).optional(),
  note: z.string().max(1000).optional(),
});
export type Observation = z.infer<typeof observation>;

/** What the checker needs to know of a plan's target (handed to the worker; no plan facts beyond these). */
export interface TargetRef {
  planId: string;
  targetId: string;
  regionCode: string;
  unit: UnitId;
  /** the plan period: figures are taken from the base year (start − 1) to the later of end and target year */
  periodStart: number;
  periodEnd: number;
  targetYear: number | null;
}

export const yearRange = (t: TargetRef): [number, number] => [t.periodStart - 1, Math.max(t.periodEnd, t.targetYear ?? t.periodEnd)];
