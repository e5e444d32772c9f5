import type { QualityHintKind } from '../../packages/hooks/src/prepare/quality/assess-quality.js';
// The card and desk are drawn by the same code as @iddocs/testing's createSamplePhoto, so a "good" sample photo
// in tests and stories means what the measured accuracy means.
import { createRandom } from '../../packages/testing/src/sample-photo/create-random.js';
import { exposePhoto, type CameraSettings } from '../../packages/testing/src/sample-photo/expose-photo.js';
import { renderPhoneScene as renderScene, type Scene } from '../../packages/testing/src/sample-photo/render-scene.js';

/** `good` photos must pass; every other category is a degradation that must be flagged. */
export const categories = ['good', 'blur', 'motion-blur', 'dark', 'overexposed', 'glare', 'low-resolution'] as const;
export type Category = (typeof categories)[number];

/** The hint each degradation should raise. */
export const expectedHint: Record<Exclude<Category, 'good'>, QualityHintKind> = {
  blur: 'blurry',
  'motion-blur': 'blurry',
  dark: 'too-dark',
  overexposed: 'overexposed',
  glare: 'glare',
  'low-resolution': 'low-resolution',
};

export interface Photo {
  /** The "file" as a phone would produce it: a JPEG. */
  blob: Blob;
  width: number;
  height: number;
  /** What was done to it. */
  settings: PhotoSettings;
}

/** How a photo is taken (the shared camera's settings), at what size, and how it is encoded. */
export type PhotoSettings = CameraSettings & {
  /** Long edge of the photo, px. */
  longEdge: number;
  /** JPEG quality of the phone's encoder. */
  jpegQuality: number;
};

/**
 * The settings of photo `seed` in one category. Good photos get a little optical softness, exposure and
 * contrast variation, sometimes a sheen, noise and JPEG; each degradation replaces one of these with a value
 * far enough from good that the MRZ is no longer reliably legible (see docs/capture-guidance.md).
 */
export function photoSettings(seed: number, category: Category): PhotoSettings {
  const random = createRandom(seed * 7919 + categories.indexOf(category) + 1);
  const settings: PhotoSettings = {
    // One size per seed, so all categories of a seed share one rendered scene.
    longEdge: Math.round(createRandom(~seed).between(1200, 2000)),
    blur: random.between(0, 0.05),
    // A steady hand still shakes a little.
    motion: random.next() < 0.3 ? random.between(0, 0.06) : 0,
    brightness: random.between(0.88, 1.08),
    contrast: random.between(0.9, 1.1),
    glare: 0,
    sheen: random.next() < 0.4 ? random.between(0.12, 0.3) : 0,
    noise: random.between(0.5, 4),
    jpegQuality: random.between(0.72, 0.92),
  };
  const strength = random.next();
  const within = (min: number, max: number) => min + (max - min) * strength;
  switch (category) {
    case 'good':
      break;
    case 'blur':
      settings.blur = within(0.12, 0.4);
      break;
    case 'motion-blur':
      settings.motion = within(0.4, 1.3);
      break;
    case 'dark':
      settings.brightness = within(0.15, 0.45);
      settings.noise += 2;
      break;
    case 'overexposed':
      settings.brightness = within(1.5, 2.6);
      break;
    case 'glare':
      settings.glare = within(0.08, 0.25);
      settings.sheen = 0;
      break;
    case 'low-resolution':
      settings.longEdge = Math.round(within(480, 960));
      break;
    default:
      category satisfies never;
  }
  return settings;
}

/** The card and desk of `seed`, the same in every category, drawn at `longEdge`. */
export function renderSeedScene(seed: number, longEdge: number): Scene {
  return renderScene(createRandom(seed), longEdge);
}

/**
 * Takes a photo of `scene` (rendered at `settings.longEdge`) with `settings`: a JPEG as a phone would produce.
 * `seed` drives the layout of the glare and the noise.
 */
export async function renderPhoto(scene: Scene, settings: PhotoSettings, seed: number): Promise<Photo> {
  const out = exposePhoto(scene, settings, seed);
  const blob = await out.convertToBlob({ type: 'image/jpeg', quality: settings.jpegQuality });
  return { blob, width: out.width, height: out.height, settings };
}
