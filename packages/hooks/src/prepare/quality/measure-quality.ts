/** Raw measures of a photo's analysis copy, before any threshold is applied. */
export interface QualityMeasures {
  /** 95th-percentile luma, 0–255: roughly the card's white, whatever the desk around it. */
  highlightLuma: number;
  /** Share (0–1) of pixels whose luma is clipped (≥ 250). */
  clippedShare: number;
  /**
   * How far the clipped pixels spread: their radius of gyration over the image's long edge (0 when none). A
   * glare is a compact blob (small), overexposure clips the card's white all over (large).
   */
  clippedSpread: number;
  /**
   * How abruptly the strongest edges rise: at the steepest 1 % of one-pixel steps, the share of the edge's whole
   * contrast (over 8 pixels) crossed in that one step, averaged, along the blurriest of four directions (so
   * camera shake in any direction counts). About 1 / edge width in pixels, whatever the contrast: 0.5–0.8 for
   * a sharp photo, under 0.35 when blurred, 0 when a direction has no edge (steps of 8+ levels) at all.
   */
  sharpness: number;
}

/** Measures an RGBA image (the downscaled analysis copy) with plain loops: no DOM, no canvas. */
export function measureQuality(pixels: { data: Uint8ClampedArray; width: number; height: number }): QualityMeasures {
  const { data, width, height } = pixels;
  const count = width * height;
  const luma = new Uint8Array(count);
  const histogram = new Uint32Array(256);
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < count; i++) {
    // Rec. 601 weights in fixed point.
    const value = (77 * data[i * 4]! + 150 * data[i * 4 + 1]! + 29 * data[i * 4 + 2]!) >> 8;
    luma[i] = value;
    histogram[value]!++;
    if (value >= 250) {
      const px = i % width;
      const py = (i - px) / width;
      sx += px;
      sy += py;
      sxx += px * px;
      syy += py * py;
    }
  }
  let highlightLuma = 0;
  for (let below = 0; highlightLuma < 255; highlightLuma++) {
    below += histogram[highlightLuma]!;
    if (below >= count * 0.95) break;
  }
  let clipped = 0;
  for (let value = 250; value < 256; value++) clipped += histogram[value]!;

  let sharpness = Infinity;
  // Right, down, down-right, down-left.
  for (const step of [1, width, width + 1, width - 1]) sharpness = Math.min(sharpness, edgeSharpness(luma, width, height, step));
  // Variance of x plus variance of y; max(0) because rounding can take a zero variance just below it.
  const spread = clipped ? Math.sqrt(Math.max(0, sxx - (sx * sx) / clipped + syy - (sy * sy) / clipped) / clipped) / Math.max(width, height) : 0;
  return { highlightLuma, clippedShare: count ? clipped / count : 0, clippedSpread: spread, sharpness };
}

function edgeSharpness(luma: Uint8Array, width: number, height: number, step: number): number {
  const reach = 4;
  // The steepest 1 % of steps in this direction, estimated on every 4th row (fast, and plenty of samples);
  // steps under 8 levels are noise, not edges, so with few edges fewer are kept...
  const histogram = new Uint32Array(256);
  let sampled = 0;
  for (let y = reach; y < height - reach; y += 4) {
    for (let i = y * width + reach, end = i + width - 2 * reach; i < end; i++, sampled++) histogram[Math.abs(luma[i + step]! - luma[i]!)]!++;
  }
  let threshold = 255;
  for (let taken = histogram[255]!; threshold > 8 && taken < sampled / 100; ) taken += histogram[--threshold]!;
  // ...and for each, the share of the edge's whole contrast (over 8 pixels around it) crossed in that one step.
  let sum = 0;
  let count = 0;
  for (let y = reach; y < height - reach; y++) {
    for (let i = y * width + reach, end = i + width - 2 * reach; i < end; i++) {
      const jump = Math.abs(luma[i + step]! - luma[i]!);
      if (jump < threshold) continue;
      let low = 255;
      let high = 0;
      for (let k = 1 - reach; k <= reach; k++) {
        const v = luma[i + k * step]!;
        if (v < low) low = v;
        if (v > high) high = v;
      }
      sum += jump / (high - low);
      count++;
    }
  }
  return count ? sum / count : 0;
}
