import { measureQuality } from './measure-quality.js';

/**
 * Capture guidance: cheap hints about a photo of an ID document, never a reason to refuse it. Pure (no DOM, no
 * canvas) so it runs in a worker on the downscaled copy the caller already made.
 */
export type QualityHintKind = 'low-resolution' | 'blurry' | 'too-dark' | 'overexposed' | 'glare';

/** One thing about a photo that may make it hard to read, found before upload (a hint: the person decides). */
export interface QualityHint {
  /** What is wrong with the photo. */
  kind: QualityHintKind;
  /** The value measured, in the unit of the threshold it crossed. */
  measured: number;
  /** The threshold it crossed (see `QualityThresholds`). */
  threshold: number;
}

/** Where the quality hints start; `defaultQualityThresholds` holds the defaults. */
export interface QualityThresholds {
  /** Long edge of the ORIGINAL photo, px, below which text is not legible: an ID-1 card (85.6 mm) at 300 dpi is 1011 px. */
  minLongEdge: number;
  /** `sharpness` (≈ 1 / edge width in px on the analysis copy, see `measureQuality`) below which the photo is blurry. */
  minSharpness: number;
  /** 95th-percentile luma (0–255, ≈ the card's white) below which the photo is too dark. */
  minHighlightLuma: number;
  /** Share (0–1) of clipped pixels (luma ≥ 250) above which part of the photo is lost to too much light. */
  maxClippedShare: number;
  /** Spread of those clipped pixels (radius of gyration / long edge) up to which they are one glare; above, overexposure. */
  maxGlareSpread: number;
}

/** Chosen on tuning seeds of the synthetic ID-card set; see docs/capture-guidance.md for the measured accuracy. */
export const defaultQualityThresholds: QualityThresholds = {
  minLongEdge: 1000,
  minSharpness: 0.38,
  minHighlightLuma: 120,
  maxClippedShare: 0.003,
  maxGlareSpread: 0.13,
};

/**
 * Long edge (px) of the copy to analyse. Downscale the decoded photo to it, keeping the aspect ratio and never
 * upscaling, with a good filter: prepareFile halves in 2×2 steps, then finishes with `createImageBitmap`'s
 * `resizeQuality: 'high'` — the way the accuracy was measured.
 */
export const analysisEdge = 512;

/**
 * Hints about a photo, in the order low resolution, exposure, blur; empty when nothing looks wrong.
 *
 * @example
 * const hints = assessQuality(ctx.getImageData(0, 0, w, h), { sourceWidth: 4032, sourceHeight: 3024 });
 * if (hints.some((hint) => hint.kind === 'blurry')) showRetakeAdvice();
 */
export function assessQuality(
  pixels: { data: Uint8ClampedArray; width: number; height: number },
  options: { sourceWidth: number; sourceHeight: number; thresholds?: Partial<QualityThresholds> },
): QualityHint[] {
  const { data, width, height } = pixels;
  const longEdge = Math.max(options.sourceWidth, options.sourceHeight);
  // Garbage in would come out as plausible-looking hints: refuse it instead.
  if (data.length !== width * height * 4 || !(longEdge > 0)) {
    throw new RangeError(`assessQuality: got ${data.length} bytes for ${width}×${height} RGBA, source ${options.sourceWidth}×${options.sourceHeight}`);
  }
  const t = { ...defaultQualityThresholds, ...options.thresholds };
  const { highlightLuma, clippedShare, clippedSpread, sharpness } = measureQuality(pixels);
  const hints: QualityHint[] = [];
  const hint = (kind: QualityHintKind, measured: number, threshold: number) => hints.push({ kind, measured, threshold });
  if (longEdge < t.minLongEdge) hint('low-resolution', longEdge, t.minLongEdge);
  if (highlightLuma < t.minHighlightLuma) hint('too-dark', highlightLuma, t.minHighlightLuma);
  if (clippedShare > t.maxClippedShare) {
    if (clippedSpread > t.maxGlareSpread) hint('overexposed', clippedSpread, t.maxGlareSpread);
    else hint('glare', clippedShare, t.maxClippedShare);
  }
  if (sharpness < t.minSharpness) hint('blurry', sharpness, t.minSharpness);
  return hints;
}
