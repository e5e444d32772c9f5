import {
  analysisEdge,
  assessQuality,
  type QualityHint,
  type QualityThresholds,
} from '../../packages/hooks/src/prepare/quality/assess-quality.js';
import { measureQuality, type QualityMeasures } from '../../packages/hooks/src/prepare/quality/measure-quality.js';
// The analysis copy is made with prepareFile's own helper, so the set measures what the uploader will do.
import { halveTowards } from '../../packages/hooks/src/prepare/canvas.js';
import { categories, expectedHint, photoSettings, renderPhoto, renderSeedScene, type Category, type PhotoSettings } from './photo.js';
import type { Scene } from '../../packages/testing/src/sample-photo/render-scene.js';

export interface SetResult {
  seed: number;
  category: Category;
  hints: QualityHint[];
  settings: PhotoSettings;
  /** The raw measures behind the hints, to tune thresholds on tuning seeds. */
  measures: QualityMeasures;
}

export interface RunOptions {
  seeds: readonly number[];
  categories?: readonly Category[];
  thresholds?: Partial<QualityThresholds>;
  /** Replaces some settings of every photo (to sweep one degradation across its range). */
  override?: Partial<PhotoSettings>;
  /** How the analysis copy is made; default 'prepare-file', exactly as prepareFile makes it. */
  downscale?: Downscale;
}

/** Renders every (seed, category) photo, downscales it as prepareFile does, and assesses it. Browser only. */
export async function runQualitySet(options: RunOptions): Promise<SetResult[]> {
  const results: SetResult[] = [];
  for (const seed of options.seeds) {
    // Rendering the scene is the slow part: draw it once per seed and size.
    const scenes = new Map<number, Scene>();
    for (const category of options.categories ?? categories) {
      const settings = { ...photoSettings(seed, category), ...options.override };
      const scene = scenes.get(settings.longEdge) ?? renderSeedScene(seed, settings.longEdge);
      scenes.set(settings.longEdge, scene);
      const photo = await renderPhoto(scene, settings, seed);
      const pixels = await analysisPixels(photo.blob, photo.width, photo.height, options.downscale ?? 'prepare-file');
      const hints = assessQuality(pixels, {
        sourceWidth: photo.width,
        sourceHeight: photo.height,
        ...(options.thresholds ? { thresholds: options.thresholds } : {}),
      });
      results.push({ seed, category, hints, settings, measures: measureQuality(pixels) });
    }
  }
  return results;
}

/**
 * How to make the analysis copy: 'prepare-file' halves the decoded photo in 2×2 steps and finishes with
 * createImageBitmap's 'high' resize, as prepareFile does; the others resize in one go with that resizeQuality
 * (to see how much the thresholds depend on the downscale).
 */
export type Downscale = 'prepare-file' | ResizeQuality;

/** Decodes and downscales to `analysisEdge` on the long side (never upscales), returning RGBA pixels. */
export async function analysisPixels(blob: Blob, width: number, height: number, downscale: Downscale = 'prepare-file'): Promise<ImageData> {
  const scale = Math.min(1, analysisEdge / Math.max(width, height));
  const resizeWidth = Math.max(1, Math.round(width * scale));
  const resizeHeight = Math.max(1, Math.round(height * scale));
  const decoded = await createImageBitmap(blob);
  const source = downscale === 'prepare-file' ? halveTowards(decoded, resizeWidth, resizeHeight) : decoded;
  const resizeQuality = downscale === 'prepare-file' ? 'high' : downscale;
  const copy = await createImageBitmap(source, { resizeWidth, resizeHeight, resizeQuality });
  decoded.close();
  const canvas = new OffscreenCanvas(resizeWidth, resizeHeight);
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  ctx.drawImage(copy, 0, 0);
  copy.close();
  return ctx.getImageData(0, 0, resizeWidth, resizeHeight);
}

export interface CategorySummary {
  category: Category;
  count: number;
  /** Photos with at least one hint. */
  flagged: number;
  /** Degraded photos whose hints include the expected kind (always 0 for `good`). */
  rightKind: number;
  /** For `good`: how many times each hint kind fired. */
  byKind: Partial<Record<QualityHint['kind'], number>>;
}

export function summarize(results: readonly SetResult[]): CategorySummary[] {
  return categories.flatMap((category) => {
    const ofCategory = results.filter((r) => r.category === category);
    if (ofCategory.length === 0) return [];
    const byKind: CategorySummary['byKind'] = {};
    for (const r of ofCategory) for (const h of r.hints) byKind[h.kind] = (byKind[h.kind] ?? 0) + 1;
    return [{
      category,
      count: ofCategory.length,
      flagged: ofCategory.filter((r) => r.hints.length > 0).length,
      rightKind: category === 'good' ? 0 : ofCategory.filter((r) => r.hints.some((h) => h.kind === expectedHint[category])).length,
      byKind,
    }];
  });
}
