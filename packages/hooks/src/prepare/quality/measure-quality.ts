/** Raw measures of a photo's analysis copy, before any threshold is applied. */
export interface QualityMeasures {
  /** 95th-percentile luma, 0–255: roughly the card's white, whatever the desk around it. */
  highlightLuma: number;
  /** Share (0–1) of pixels whose luma is clipped (≥ 250). */
  clippedShare: number;
  /**
   * Steepness of the strongest edges: the mean of the top 1 % second luma differences over the mean of the top
   * 1 % first differences, along the blurriest of four directions (so camera shake in any direction counts).
   * Roughly the inverse of the edge width in pixels, whatever the contrast: 1–1.5 when sharp, well under 1 when
   * blurred, 0 for a flat image.
   */
  sharpness: number;
}

/** Measures an RGBA image (the downscaled analysis copy) with plain loops: no DOM, no canvas. */
export function measureQuality(pixels: { data: Uint8ClampedArray; width: number; height: number }): QualityMeasures {
  const { data, width, height } = pixels;
  const count = width * height;
  const luma = new Uint8Array(count);
  const histogram = new Uint32Array(256);
  for (let i = 0; i < count; i++) {
    // Rec. 601 weights in fixed point.
    const y = (77 * data[i * 4]! + 150 * data[i * 4 + 1]! + 29 * data[i * 4 + 2]!) >> 8;
    luma[i] = y;
    histogram[y]!++;
  }
  let highlightLuma = 0;
  for (let below = 0; highlightLuma < 255; highlightLuma++) {
    below += histogram[highlightLuma]!;
    if (below >= count * 0.95) break;
  }
  let clipped = 0;
  for (let y = 250; y < 256; y++) clipped += histogram[y]!;

  const top = Math.max(1, Math.round(count / 100));
  let sharpness = Infinity;
  // Right, down, down-right, down-left.
  for (const step of [1, width, width + 1, width - 1]) sharpness = Math.min(sharpness, edgeSteepness(luma, width, height, step, top));
  return { highlightLuma, clippedShare: count ? clipped / count : 0, sharpness };
}

function edgeSteepness(luma: Uint8Array, width: number, height: number, step: number, top: number): number {
  // The strongest 1 % of steps in this direction...
  const steps = new Uint32Array(256);
  const reach = 4;
  for (let y = reach; y < height - reach; y++) {
    for (let i = y * width + reach, end = i + width - 2 * reach; i < end; i++) steps[Math.abs(luma[i + step]! - luma[i]!)]!++;
  }
  let threshold = 255;
  for (let taken = steps[255]!; threshold > 1 && taken < top; ) taken += steps[--threshold]!;
  if (threshold <= 1) return 0;
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
  return sum / count;
}

/** Mean of the `top` largest values counted in `histogram` (zeros fill in when there are fewer). */
function meanOfTop(histogram: Uint32Array, top: number): number {
  let sum = 0;
  let left = top;
  for (let value = histogram.length - 1; value > 0 && left > 0; value--) {
    const taken = Math.min(histogram[value]!, left);
    sum += taken * value;
    left -= taken;
  }
  return sum / top;
}
