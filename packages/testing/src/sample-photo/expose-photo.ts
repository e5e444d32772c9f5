import { createRandom, type Random } from './create-random.js';
import type { Scene } from './render-scene.js';

// The camera that the accuracy set of the quality hints (scripts/quality-set/photo.ts) and the sample photos share.

/** How a photo is taken; lengths are relative to the card's MRZ so they mean the same at every scale. */
export interface CameraSettings {
  /** Gaussian blur sigma, in MRZ cap heights. */
  blur: number;
  /** Length of a straight camera shake, in MRZ cap heights (0: none). */
  motion: number;
  /** Exposure gain (1: as rendered). */
  brightness: number;
  /** Contrast gain (1: as rendered). */
  contrast: number;
  /** Radius of a clipping specular highlight on the card, in card widths (0: none). */
  glare: number;
  /** Strength (0–1) of a soft unclipped sheen on the card (0: none). */
  sheen: number;
  /** Sensor noise sigma, in 8-bit levels. */
  noise: number;
}

/**
 * Takes a photo of `scene` with `settings`: optics (blur, shake), exposure, highlights and sensor noise, as
 * pixels on a new canvas (encode it to get the file). `seed` drives the layout of the highlights and the noise.
 */
export function exposePhoto(scene: Scene, settings: CameraSettings, seed: number): OffscreenCanvas {
  const random = createRandom(seed ^ 0x5bd1e995);
  const { width, height } = scene.canvas;
  const out = new OffscreenCanvas(width, height);
  const ctx = out.getContext('2d') as OffscreenCanvasRenderingContext2D;
  const g = scene.glyphHeight;
  // Contrast first: the camera clips last, so blown highlights are 255, not greyed by the contrast curve.
  const exposure = `contrast(${settings.contrast.toFixed(3)}) brightness(${settings.brightness.toFixed(3)})`;
  const blur = settings.blur * g;
  if (settings.motion > 0) {
    // Camera shake: the average of the scene shifted along a short straight path. A little extra blur fills
    // the gaps between the copies, as a continuous movement would.
    const length = settings.motion * g;
    const direction = random.between(0, Math.PI);
    const steps = Math.min(16, Math.max(4, Math.ceil(length / 2)));
    const exposed = new OffscreenCanvas(width, height);
    const exposedCtx = exposed.getContext('2d') as OffscreenCanvasRenderingContext2D;
    exposedCtx.filter = `blur(${(blur + length / steps / 2).toFixed(2)}px) ${exposure}`;
    exposedCtx.drawImage(scene.canvas, 0, 0);
    for (let i = 0; i < steps; i++) {
      const shift = (i / (steps - 1) - 0.5) * length;
      ctx.globalAlpha = 1 / (i + 1);
      ctx.drawImage(exposed, shift * Math.cos(direction), shift * Math.sin(direction));
    }
    ctx.globalAlpha = 1;
  } else {
    ctx.filter = `blur(${blur.toFixed(2)}px) ${exposure}`;
    ctx.drawImage(scene.canvas, 0, 0);
    ctx.filter = 'none';
  }
  // A glare is a lamp or the sky mirrored by the laminate: far brighter than the scene, it clips at any exposure.
  if (settings.glare > 0) addHighlight(ctx, random, scene, settings.glare, 1, 1);
  // A sheen is room light reflected by the card: exposed like the rest of the scene.
  if (settings.sheen > 0) addHighlight(ctx, random, scene, random.between(0.15, 0.4), settings.sheen, Math.min(1, settings.brightness));
  addNoise(ctx, random, width, height, settings.noise);
  return out;
}

/** A highlight on the card: white added (clipping glare) or screened (soft sheen) over a disc with a soft edge. */
function addHighlight(ctx: OffscreenCanvasRenderingContext2D, random: Random, scene: Scene, radiusInCards: number, strength: number, exposure: number): void {
  const { card } = scene;
  const along = random.between(-0.35, 0.35) * card.width;
  const across = random.between(-0.2, 0.2) * card.width;
  const x = card.x + along * Math.cos(card.angle) - across * Math.sin(card.angle);
  const y = card.y + along * Math.sin(card.angle) + across * Math.cos(card.angle);
  const radius = radiusInCards * card.width;
  const sheen = ctx.createRadialGradient(x, y, 0, x, y, radius);
  const light = Math.round(255 * exposure);
  sheen.addColorStop(0, `rgba(${light},${light},${light},${strength})`);
  sheen.addColorStop(0.45, `rgba(${light},${light},${light},${strength * 0.9})`);
  sheen.addColorStop(1, `rgba(${light},${light},${light},0)`);
  ctx.save();
  // Glare adds light and clips; a sheen screens it over and never reaches white.
  ctx.globalCompositeOperation = strength >= 1 ? 'lighter' : 'screen';
  ctx.fillStyle = sheen;
  ctx.fillRect(x - radius, y - radius, radius * 2, radius * 2);
  ctx.restore();
}

/**
 * Sensor noise, roughly Gaussian (sum of three uniforms) and independent per channel. Drawn as a 256-px tile
 * (positive half added, negative half subtracted) because reading back a whole photo is slow.
 */
function addNoise(ctx: OffscreenCanvasRenderingContext2D, random: Random, width: number, height: number, sigma: number): void {
  const size = 256;
  const positive = new ImageData(size, size);
  const negative = new ImageData(size, size);
  // Three uniforms in [-0.5, 0.5) have a standard deviation of 0.5.
  for (let i = 0; i < positive.data.length; i++) {
    if (i % 4 === 3) {
      positive.data[i] = negative.data[i] = 255;
      continue;
    }
    const n = (random.next() + random.next() + random.next() - 1.5) * sigma * 2;
    positive.data[i] = n;
    negative.data[i] = -n;
  }
  ctx.save();
  for (const [tile, operation] of [[positive, 'lighter'], [negative, 'difference']] as const) {
    const canvas = new OffscreenCanvas(size, size);
    (canvas.getContext('2d') as OffscreenCanvasRenderingContext2D).putImageData(tile, 0, 0);
    ctx.globalCompositeOperation = operation;
    ctx.fillStyle = ctx.createPattern(canvas, 'repeat') as CanvasPattern;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.restore();
}
