/**
 * Evaluates the WebGL map's generated style (paint, layout, filters) the way maplibre does, with
 * maplibre's own style-spec, for a feature with given properties, feature-state and zoom. Shared by
 * the model tests of both renderers, so parity is checked against what maplibre would draw.
 */
import { Color, expression, featureFilter, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';

export interface StyleInput {
  zoom?: number;
  properties?: Record<string, unknown>;
  state?: Record<string, unknown>;
  /** 'Polygon' for fills, 'LineString' for lines, 'Point' for symbols */
  geometry?: 'Point' | 'LineString' | 'Polygon';
}

const GEOMETRY_TYPE = { Point: 1, LineString: 2, Polygon: 3 } as const;

function propertySpec(layerType: string, group: 'paint' | 'layout', name: string): StylePropertySpecification {
  const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification> | undefined>)[`${group}_${layerType}`];
  const spec = specs?.[name];
  if (!spec) throw new Error(`no ${group} property ${name} on ${layerType} layers`);
  return spec;
}

/** A property value (constant or expression) as maplibre evaluates it; colours come back as `rgba(…)` strings. */
export function evaluateProperty(
  layerType: string,
  group: 'paint' | 'layout',
  name: string,
  value: unknown,
  input: StyleInput = {},
): unknown {
  const spec = propertySpec(layerType, group, name);
  // Constants and expressions alike, as maplibre reads a layer's property (throws on an invalid expression).
  const evaluator = expression.normalizePropertyExpression(value as never, `${group}.${name}`, spec);
  const feature = { type: GEOMETRY_TYPE[input.geometry ?? 'Polygon'], properties: input.properties ?? {}, id: 1 };
  const result: unknown = evaluator.evaluate({ zoom: input.zoom ?? 6 }, feature, input.state ?? {});
  return result instanceof Color ? result.toString() : result;
}

/** A layer's paint or layout property, evaluated. */
export function evaluateLayer(layer: LayerSpecification, group: 'paint' | 'layout', name: string, input: StyleInput = {}): unknown {
  const values = (layer as unknown as Record<string, Record<string, unknown> | undefined>)[group] ?? {};
  if (!(name in values)) throw new Error(`${layer.id} has no ${group} ${name}`);
  return evaluateProperty(layer.type, group, name, values[name], input);
}

/** Whether a layer's filter lets a feature through (a layer without one lets everything through). */
export function passesFilter(layer: LayerSpecification, input: StyleInput = {}): boolean {
  const test = featureFilter('filter' in layer ? layer.filter : undefined, 'filter');
  const feature = { type: GEOMETRY_TYPE[input.geometry ?? 'Polygon'], properties: input.properties ?? {}, id: 1 };
  return test.filter({ zoom: input.zoom ?? 6 }, feature);
}

/** A colour as maplibre prints it, to compare a model's hex with an evaluated expression. */
export const colour = (css: string) => Color.parse(css)!.toString();
