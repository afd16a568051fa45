/**
 * The layouts' icons (each kind's shape in each plan's colour) and hatch tiles, rasterised for
 * maplibre from the map model's symbol and hatch specs.
 */
import { PLAN_COLOURS, SHAPES, iconName, patternName, type ShapeName } from '../layouts/symbols';
import { HATCH, SYMBOL_ICON, hatchDirection, planColour } from '../mapModel';
import { KEEPOUT_IMAGE, KEEPOUT_SIZE_PX } from './layoutStyle';

export interface LayoutImage {
  name: string;
  draw: () => ImageData;
  pixelRatio: number;
}

/** Rasterises a symbol shape (SVG path) in a plan's colour, white-edged for any background. */
export function drawIcon(shape: ShapeName, colour: string, size = 44): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(size / SYMBOL_ICON.box, size / SYMBOL_ICON.box);
  const path = new Path2D(SHAPES[shape]);
  ctx.lineJoin = 'round';
  ctx.lineWidth = SYMBOL_ICON.edgeWidth;
  ctx.strokeStyle = SYMBOL_ICON.edgeColour;
  ctx.stroke(path);
  ctx.fillStyle = colour;
  ctx.fill(path, 'evenodd');
  return ctx.getImageData(0, 0, size, size);
}

/** A hatch tile in the direction the model gives the pattern number. */
export function drawHatch(colour: string, index: number, size: number = HATCH.tilePx): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.strokeStyle = colour;
  ctx.globalAlpha = HATCH.alpha;
  ctx.lineWidth = HATCH.lineWidth;
  ctx.beginPath();
  const step = HATCH.spacingPx;
  const offset = step / 2;
  const direction = hatchDirection(index);
  if (direction === 'rising') {
    for (let o = -size; o <= size; o += step) {
      ctx.moveTo(o, size);
      ctx.lineTo(o + size, 0);
    }
  }
  if (direction === 'falling') {
    for (let o = -size; o <= size; o += step) {
      ctx.moveTo(o, 0);
      ctx.lineTo(o + size, size);
    }
  }
  if (direction === 'horizontal') {
    for (let y = offset; y < size; y += step) {
      ctx.moveTo(0, y);
      ctx.lineTo(size, y);
    }
  }
  if (direction === 'vertical') {
    for (let x = offset; x < size; x += step) {
      ctx.moveTo(x, 0);
      ctx.lineTo(x, size);
    }
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

export function layoutImages(): LayoutImage[] {
  const plans = Object.keys(PLAN_COLOURS);
  const icons = plans.flatMap((plan) =>
    (Object.keys(SHAPES) as ShapeName[]).map((shape) => ({
      name: iconName(shape, plan),
      draw: () => drawIcon(shape, planColour(plan)),
      pixelRatio: 2,
    })),
  );
  const hatches = plans.flatMap((plan) =>
    Array.from({ length: HATCH.count }, (_, i) => ({
      name: patternName(plan, i),
      draw: () => drawHatch(planColour(plan), i),
      pixelRatio: 1,
    })),
  );
  // Transparent: the keep-out marks along belts only take room from names (new ImageData is all zeros).
  const keepout = { name: KEEPOUT_IMAGE, draw: () => new ImageData(KEEPOUT_SIZE_PX, KEEPOUT_SIZE_PX), pixelRatio: 1 };
  return [...icons, ...hatches, keepout];
}

/**
 * The icon or hatch of a plan that has no colour of its own (a data pack's plan), drawn on demand
 * when the map first asks for it; null for a name that is not a layout image.
 */
export function missingLayoutImage(name: string): Omit<LayoutImage, 'name'> | null {
  const hatch = /^hatch-(.+)-(\d+)$/.exec(name);
  if (hatch) return { draw: () => drawHatch(planColour(hatch[1]), Number(hatch[2])), pixelRatio: 1 };
  for (const shape of Object.keys(SHAPES) as ShapeName[]) {
    const prefix = iconName(shape, '');
    if (name.startsWith(prefix)) return { draw: () => drawIcon(shape, planColour(name.slice(prefix.length))), pixelRatio: 2 };
  }
  return null;
}
