import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analysisEdge,
  assessQuality,
  defaultQualityThresholds,
  type QualityHintKind,
} from '../../../src/prepare/quality/assess-quality.js';
import { measureQuality } from '../../../src/prepare/quality/measure-quality.js';

type Pixels = { data: Uint8ClampedArray; width: number; height: number };

/** An RGBA image whose every pixel is the grey (or colour) `paint` returns. */
function image(width: number, height: number, paint: (x: number, y: number) => number | [number, number, number]): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = paint(x, y);
      const [r, g, b] = typeof value === 'number' ? [value, value, value] : value;
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

/** Averages each pixel with its neighbours within `radius` along (dx, dy): a box blur, or camera shake along one line. */
function blurAlong(source: Pixels, radius: number, dx: number, dy: number): Pixels {
  const { data, width, height } = source;
  return image(width, height, (x, y) => {
    let sum = 0;
    for (let k = -radius; k <= radius; k++) {
      const sx = Math.min(width - 1, Math.max(0, x + k * dx));
      const sy = Math.min(height - 1, Math.max(0, y + k * dy));
      sum += data[(sy * width + sx) * 4]!;
    }
    return sum / (2 * radius + 1);
  });
}

/** Natural images have edges in every direction; so does a checkerboard (stripes would not). */
const checker = (x: number, y: number, cell = 8) => (Math.floor(x / cell) + Math.floor(y / cell)) % 2 === 1;
const blur = (source: Pixels, radius: number) => blurAlong(blurAlong(source, radius, 1, 0), radius, 0, 1);
const checkerboard = (dark: number, light: number, cell = 8) => image(512, 384, (x, y) => (checker(x, y, cell) ? light : dark));
/** A card with glyph-like blocks, a quarter of the image, on a black desk. */
const cardOnBlackDesk = (white: number) =>
  image(512, 384, (x, y) => (x > 128 && x < 384 && y > 96 && y < 288 ? (checker(x, y, 4) ? 20 : white) : 12));
const bigSource = { sourceWidth: 4032, sourceHeight: 3024 };
const kinds = (pixels: Pixels, options: Parameters<typeof assessQuality>[1] = bigSource): QualityHintKind[] =>
  assessQuality(pixels, options).map((hint) => hint.kind);

describe('assessQuality', () => {
  it('gives no hint for a sharp, well exposed image of a large photo', () => {
    expect(assessQuality(checkerboard(40, 200), bigSource)).toEqual([]);
  });

  describe('blur', () => {
    it('calls a flat image blurry: there is nothing sharp in it', () => {
      expect(assessQuality(image(512, 384, () => 128), bigSource)).toEqual([
        { kind: 'blurry', measured: 0, threshold: defaultQualityThresholds.minSharpness },
      ]);
    });

    it('calls a checkerboard sharp and the same checkerboard blurred blurry', () => {
      const sharp = checkerboard(40, 200);
      // Every edge of the checkerboard is crossed in one step: the sharpest possible.
      expect(measureQuality(sharp).sharpness).toBe(1);
      expect(measureQuality(blur(sharp, 2)).sharpness).toBeCloseTo(1 / 5, 1);
      expect(kinds(blur(sharp, 2))).toEqual(['blurry']);
    });

    it('judges edges, not contrast: a faint sharp pattern is not blurry, a strong blurred one is', () => {
      expect(kinds(checkerboard(110, 140))).toEqual([]);
      expect(kinds(blur(checkerboard(0, 240), 2))).toContain('blurry');
    });

    it('catches camera shake along one direction, including diagonals', () => {
      const sharp = checkerboard(40, 200, 16);
      expect(kinds(blurAlong(sharp, 3, 1, 0))).toEqual(['blurry']);
      expect(kinds(blurAlong(sharp, 3, 0, 1))).toEqual(['blurry']);
      expect(kinds(blurAlong(sharp, 3, 1, 1))).toEqual(['blurry']);
    });

    it('is not fooled by a sharp card on a plain background', () => {
      // A card-sized patch with thin "text" strokes on a uniform desk: most of the image has no edges at all.
      const card = image(512, 384, (x, y) => {
        if (x < 150 || x > 362 || y < 130 || y > 264) return 90;
        // Glyph-like blocks: 6×8 px with 3 px gaps, in lines 12 px apart.
        return y % 12 < 8 && x % 9 < 6 ? 30 : 215;
      });
      expect(kinds(card)).toEqual([]);
    });
  });

  describe('exposure', () => {
    it('calls a black image too dark', () => {
      expect(kinds(image(512, 384, (x, y) => (checker(x, y) ? 5 : 25)))).toContain('too-dark');
    });

    it('calls an underexposed card too dark, but not a well exposed card on a black desk', () => {
      const dim = assessQuality(cardOnBlackDesk(70), bigSource);
      expect(dim).toContainEqual({ kind: 'too-dark', measured: 70, threshold: defaultQualityThresholds.minHighlightLuma });
      // The desk is three quarters of the image, so its mean luma is low; the card itself is fine.
      expect(kinds(cardOnBlackDesk(210))).toEqual([]);
    });

    it('reports a small clipped patch on a normal exposure as glare', () => {
      const photo = image(512, 384, (x, y) => (Math.hypot(x - 250, y - 190) < 30 ? 255 : checker(x, y) ? 60 : 190));
      const [hint] = assessQuality(photo, bigSource);
      expect(hint?.kind).toBe('glare');
      expect(hint?.measured).toBeCloseTo((Math.PI * 30 * 30) / (512 * 384), 2);
      expect(hint?.threshold).toBe(defaultQualityThresholds.maxClippedShare);
    });

    it('reports a large clipped area as overexposed, not glare', () => {
      const photo = image(512, 384, (x, y) => (x < 300 ? 255 : checker(x, y) ? 60 : 190));
      expect(assessQuality(photo, bigSource)).toEqual([
        { kind: 'overexposed', measured: expect.any(Number), threshold: defaultQualityThresholds.maxGlareSpread },
      ]);
    });

    it('tells a compact glare from clipping spread over the card, even when little is clipped', () => {
      // The same 2 % of clipped pixels: one blob, or the white between a card's print all over the image.
      const blob = image(512, 384, (x, y) => (Math.hypot(x - 100, y - 100) < 40 ? 255 : checker(x, y) ? 60 : 190));
      const spread = image(512, 384, (x, y) => (x % 16 < 2 && y % 16 < 3 ? 255 : checker(x, y) ? 60 : 190));
      expect(measureQuality(spread).clippedShare).toBeCloseTo(measureQuality(blob).clippedShare, 2);
      expect(kinds(blob)).toEqual(['glare']);
      expect(kinds(spread)).toEqual(['overexposed']);
    });

    it('does not count bright but unclipped pixels as glare', () => {
      expect(kinds(image(512, 384, (x, y) => (checker(x, y) ? 150 : 245)))).toEqual([]);
    });

    it('counts clipping on luma, so a saturated colour is not glare', () => {
      expect(kinds(image(512, 384, (x, y) => (checker(x, y) ? [255, 40, 40] : [40, 40, 255])))).not.toContain('glare');
    });
  });

  describe('resolution', () => {
    it('uses the SOURCE size, not the size of the analysis copy', () => {
      const small = checkerboard(40, 200);
      expect(assessQuality(small, { sourceWidth: 800, sourceHeight: 600 })).toEqual([
        { kind: 'low-resolution', measured: 800, threshold: 1000 },
      ]);
      // A tiny analysis copy of a large photo is fine; a portrait photo is judged by its long edge.
      expect(kinds(image(64, 48, (x, y) => (checker(x, y, 2) ? 40 : 200)), bigSource)).toEqual([]);
      expect(kinds(small, { sourceWidth: 700, sourceHeight: 1200 })).toEqual([]);
    });

    it('analyses copies about analysisEdge long', () => {
      expect(analysisEdge).toBeGreaterThanOrEqual(256);
      expect(analysisEdge).toBeLessThanOrEqual(1024);
    });
  });

  describe('thresholds', () => {
    it('can be overridden one at a time, keeping the other defaults', () => {
      const dimAndBlurred = blur(checkerboard(10, 90), 2);
      const small = { sourceWidth: 900, sourceHeight: 600 };
      expect(kinds(dimAndBlurred, small)).toEqual(['low-resolution', 'too-dark', 'blurry']);
      expect(kinds(dimAndBlurred, { ...small, thresholds: { minSharpness: 0 } })).toEqual(['low-resolution', 'too-dark']);
      expect(kinds(dimAndBlurred, { ...small, thresholds: { minHighlightLuma: 50, minLongEdge: 800 } })).toEqual(['blurry']);
    });

    it('reports the threshold that was crossed', () => {
      const glare = image(512, 384, (x, y) => (x < 40 && y < 40 ? 255 : checker(x, y) ? 60 : 190));
      expect(assessQuality(glare, { ...bigSource, thresholds: { maxClippedShare: 0.001 } })[0]).toMatchObject({ kind: 'glare', threshold: 0.001 });
      expect(assessQuality(glare, { ...bigSource, thresholds: { maxClippedShare: 0.05 } })).toEqual([]);
      expect(kinds(glare, { ...bigSource, thresholds: { maxClippedShare: 0.001, maxGlareSpread: 0.01 } })).toEqual(['overexposed']);
    });
  });

  it('refuses pixels that do not match their size, and a missing source size, with a specific error', () => {
    const pixels = { data: new Uint8ClampedArray(100 * 50 * 3), width: 100, height: 50 };
    expect(() => assessQuality(pixels, bigSource)).toThrow(new RangeError('assessQuality: got 15000 bytes for 100×50 RGBA, source 4032×3024'));
    expect(() => assessQuality(checkerboard(40, 200), { sourceWidth: 0, sourceHeight: Number.NaN })).toThrow(/source 0×NaN/);
  });

  it('never throws and reports finite measures for any image, however small or odd', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (width, height, seed) => {
          let state = seed;
          const pixels = image(width, height, () => (state = (state * 1103515245 + 12345) % 2 ** 31) % 256);
          const hints = assessQuality(pixels, { sourceWidth: width, sourceHeight: height });
          expect(hints.every((hint) => Number.isFinite(hint.measured) && Number.isFinite(hint.threshold))).toBe(true);
          expect(new Set(hints.map((hint) => hint.kind)).size).toBe(hints.length);
        },
      ),
    );
  });
});
