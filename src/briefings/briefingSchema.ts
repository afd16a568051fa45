/**
 * The briefing format: an ordered list of steps a presenter walks through. Each step sets the
 * whole view (camera, layouts shown, filter, selection, drill scope, panel section) plus a title
 * and speaker notes. Briefings are data (public/data/briefings/*.json, or a user's pack), so they
 * go through the same validation and messages as the plan data (validateBriefing in ./validateBriefing).
 */
import { z } from 'zod';
import { adminCode } from '../data/planSchema';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');
/** `planId/elementId`, as in the `element=` link parameter. */
const elementRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a layout element as "planId/elementId"');
/** `planId/targetId`: a target whose value, unit and source the step shows as a figure card. */
const targetRef = z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9_.-]+$/, 'a target as "planId/targetId"');

/**
 * A title or notes in Chinese and English; one side may be empty (a briefing written in one
 * language), and the app then shows the other side with a mark (./oneLanguage.ts).
 */
export const briefingText = z
  .object({ zh: z.string(), en: z.string() })
  .refine((t) => t.zh.trim() !== '' || t.en.trim() !== '', 'expected a text in at least one language (zh or en)');

/** Speaker notes: either or both languages may be empty. */
export const briefingNotes = z.object({ zh: z.string(), en: z.string() });

/** A step's screen theme, as the `theme=` link parameter. */
export const THEMES = ['default', 'contrast', 'dark'] as const;

/** Where the camera goes: framing regions (any screen size), or an explicit centre and zoom. */
export const camera = z.union([
  z.strictObject({ fit: z.array(adminCode).min(1) }),
  z.strictObject({
    center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
    zoom: z.number().min(0).max(22),
  }),
]);

/** The section of the open panel the step brings into view (its plan's part of it: see src/present/stepPlan). */
export const PANEL_SECTIONS = ['overview', 'targets', 'industries', 'clusters', 'layout', 'sources'] as const;

export const briefingStep = z.strictObject({
  id,
  title: briefingText,
  /** Speaker notes, shown only in the presenter view. Figures in them must come from the plan data. */
  notes: briefingNotes,
  /** Omitted: frame the selection, else every region. */
  camera: camera.optional(),
  /** Plan ids whose layouts are shown; omitted = every plan's. */
  layouts: z.array(id).optional(),
  /** Taxonomy category ids of the industry filter; omitted = no filter. */
  filter: z.array(id).optional(),
  /** At most one of region / element: the panel that is open. */
  region: adminCode.optional(),
  element: elementRef.optional(),
  /** The region whose subdivisions are shown (drill-down); omitted = top view. */
  scope: adminCode.optional(),
  panel: z.enum(PANEL_SECTIONS).optional(),
  /** Targets shown as large figure cards with their sources. */
  figures: z.array(targetRef).max(4).optional(),
  /** The screen theme the step switches to; omitted = the theme stays as it is. */
  theme: z.enum(THEMES).optional(),
});
export type BriefingStep = z.infer<typeof briefingStep>;

export const briefing = z.strictObject({
  version: z.literal(1),
  id,
  title: briefingText,
  summary: briefingText.optional(),
  /** The plans it is about (for the list of briefings); references are checked. */
  plans: z.array(id).min(1),
  steps: z.array(briefingStep).min(1).max(200),
});
export type Briefing = z.infer<typeof briefing>;

export const briefingIndex = z.strictObject({
  version: z.literal(1),
  briefings: z.array(z.strictObject({ id, file: z.string().regex(/^briefings\/[a-z0-9-]+\.json$/), title: briefingText })).min(1),
});
export type BriefingIndex = z.infer<typeof briefingIndex>;
