/**
 * A layout element as the app refers to it: its plan and its id within the plan. The text form
 * `<plan>/<element>` exists only at the edges (the link, the map's feature properties, briefing
 * files); these two functions are the only place that joins or splits it.
 */
export interface ElementRef {
  planId: string;
  elementId: string;
}

const ELEMENT_KEY = /^([a-z0-9-]+)\/([a-z0-9-]+)$/;

export const elementRefKey = (ref: ElementRef) => `${ref.planId}/${ref.elementId}`;

/** The element named by `<plan>/<element>`, or null when the text has another form. */
export function elementRefOf(key: string): ElementRef | null {
  const m = ELEMENT_KEY.exec(key);
  return m ? { planId: m[1], elementId: m[2] } : null;
}

export const sameElement = (a: ElementRef | null, b: ElementRef | null) =>
  a === b || (!!a && !!b && a.planId === b.planId && a.elementId === b.elementId);
