import type { Random } from './create-random.js';

// Moved here from scripts/quality-set/scene.ts: the accuracy set of the quality hints and the sample photos of
// tests and stories draw the same card, so a "good" sample means what the measured accuracy means.

/** A synthetic photo of an ID-1 card lying on a desk, rendered sharp and normally exposed. */
export interface Scene {
  canvas: OffscreenCanvas;
  /** Cap height of the MRZ characters in source pixels: the smallest text that must stay legible. */
  glyphHeight: number;
  /** Where the card's centre is and how wide it is, in source pixels (for placing glare on the card). */
  card: { x: number; y: number; width: number; angle: number };
}

type Ctx = OffscreenCanvasRenderingContext2D;

/** ID-1 (ISO/IEC 7810): 85.60 mm × 53.98 mm. */
const cardAspect = 53.98 / 85.6;
const surnames = ['MUSTERMANN', 'NOVÁKOVÁ', 'DUBOIS', "O'BRIEN", 'GARCÍA LÓPEZ', 'KOWALSKI', 'ANDERSSON', 'ROSSI', 'OKAFOR'];
const givenNames = ['ERIKA', 'JAN PETR', 'MARIE-CLAIRE', 'SEAN', 'LUCÍA', 'ANNA MARIA', 'LARS', 'GIULIA', 'CHIDI'];
const backgrounds = ['wood', 'linen', 'granite', 'plain', 'paper', 'dark'] as const;

/**
 * A scene as a phone frames it, `longEdge` px on its long side: 4:3 landscape (most often), 16:9 or 4:3 portrait,
 * picked by `random`, then drawn by {@link renderScene}.
 */
export function renderPhoneScene(random: Random, longEdge: number): Scene {
  const shape = random.pick(['landscape', 'landscape', 'landscape', 'wide', 'portrait'] as const);
  const ratio = shape === 'wide' ? 9 / 16 : 3 / 4;
  const width = Math.round(shape === 'portrait' ? longEdge * ratio : longEdge);
  const height = Math.round(shape === 'portrait' ? longEdge : longEdge * ratio);
  return renderScene(random, { width, height });
}

/**
 * Renders a scene of `width` × `height` px: a desk-like background (wood, linen, granite, paper, …), and on it
 * an ID-1 card with a guilloche, a photo box with a face-like shape, text fields and three MRZ lines, at a random
 * scale, position and small rotation. Sharp and normally exposed: {@link exposePhoto} takes the photo of it.
 */
export function renderScene(random: Random, { width, height }: { width: number; height: number }): Scene {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d') as Ctx;
  drawBackground(ctx, random, width, height);

  const cardWidth = Math.min(width, height / cardAspect) * random.between(0.5, 0.88);
  const angle = random.between(-0.16, 0.16);
  const slackX = (width - cardWidth) / 2;
  const slackY = (height - cardWidth * cardAspect) / 2;
  const x = width / 2 + random.between(-0.8, 0.8) * slackX;
  const y = height / 2 + random.between(-0.8, 0.8) * slackY;
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.translate(-cardWidth / 2, (-cardWidth * cardAspect) / 2);
  const glyphHeight = drawCard(ctx, random, cardWidth);
  ctx.restore();
  return { canvas, glyphHeight, card: { x, y, width: cardWidth, angle } };
}

function drawBackground(ctx: Ctx, random: Random, width: number, height: number): void {
  const kind = random.pick(backgrounds);
  const hue = random.between(0, 360);
  const base = {
    wood: `hsl(${random.between(18, 40)} ${random.between(30, 55)}% ${random.between(22, 55)}%)`,
    linen: `hsl(${hue} ${random.between(5, 35)}% ${random.between(30, 70)}%)`,
    granite: `hsl(${hue} ${random.between(0, 12)}% ${random.between(25, 65)}%)`,
    plain: `hsl(${hue} ${random.between(10, 60)}% ${random.between(25, 70)}%)`,
    paper: `hsl(${random.between(30, 60)} ${random.between(5, 25)}% ${random.between(74, 84)}%)`,
    dark: `hsl(${hue} ${random.between(0, 20)}% ${random.between(8, 18)}%)`,
  }[kind];
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, width, height);
  const scale = Math.max(width, height) / 1000;
  if (kind === 'wood') {
    for (let i = 0; i < 160; i++) {
      const y0 = random.between(-0.1, 1.1) * height;
      const amplitude = random.between(2, 25) * scale;
      const period = random.between(200, 900) * scale;
      const phase = random.between(0, 6.3);
      ctx.strokeStyle = random.next() < 0.6 ? `rgba(40,20,5,${random.between(0.05, 0.25)})` : `rgba(255,230,190,${random.between(0.04, 0.15)})`;
      ctx.lineWidth = random.between(0.6, 5) * scale;
      ctx.beginPath();
      for (let x = 0; x <= width; x += 8 * scale) ctx.lineTo(x, y0 + amplitude * Math.sin(x / period + phase));
      ctx.stroke();
    }
  } else if (kind === 'linen') {
    ctx.lineWidth = random.between(0.6, 1.6) * scale;
    const step = random.between(2.5, 6) * scale;
    for (let i = 0; i < width + height; i += step) {
      ctx.strokeStyle = `rgba(0,0,0,${random.between(0.03, 0.12)})`;
      ctx.beginPath();
      ctx.moveTo(i, 0);
      ctx.lineTo(i, height);
      ctx.moveTo(0, i);
      ctx.lineTo(width, i);
      ctx.stroke();
    }
  } else if (kind === 'granite') {
    for (let i = 0; i < 6000; i++) {
      const light = random.next() < 0.5;
      ctx.fillStyle = light ? `rgba(255,255,255,${random.between(0.05, 0.3)})` : `rgba(0,0,0,${random.between(0.05, 0.35)})`;
      const r = random.between(0.5, 3) * scale;
      ctx.fillRect(random.next() * width, random.next() * height, r, r);
    }
  }
  // Uneven room light: a broad bright spot and darker corners.
  const light = ctx.createRadialGradient(random.next() * width, random.next() * height, 0, width / 2, height / 2, Math.hypot(width, height) * 0.7);
  light.addColorStop(0, `rgba(255,255,255,${random.between(0, 0.12)})`);
  light.addColorStop(1, `rgba(0,0,0,${random.between(0.05, 0.3)})`);
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, width, height);
}

/** Draws the card with its top-left corner at the origin; returns the MRZ cap height. */
function drawCard(ctx: Ctx, random: Random, w: number): number {
  const h = w * cardAspect;
  const hue = random.between(0, 360);
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = w * 0.03;
  ctx.shadowOffsetY = w * 0.008;
  const paper = ctx.createLinearGradient(0, 0, w, h);
  paper.addColorStop(0, `hsl(${hue} ${random.between(20, 45)}% ${random.between(78, 86)}%)`);
  paper.addColorStop(1, `hsl(${hue + random.between(-50, 50)} ${random.between(20, 45)}% ${random.between(74, 84)}%)`);
  ctx.fillStyle = paper;
  ctx.beginPath();
  ctx.roundRect(0, 0, w, h, w * 0.037);
  ctx.fill();
  ctx.restore();
  ctx.save();
  ctx.clip();

  // Guilloche: a few hypotrochoid rosettes and wave bands in thin lines.
  ctx.lineWidth = Math.max(0.8, w * 0.0012);
  for (let r = 0; r < 3; r++) {
    ctx.strokeStyle = `hsla(${hue + random.between(-40, 40)} 55% 45% / ${random.between(0.25, 0.45)})`;
    const cx = random.between(0.3, 0.9) * w;
    const cy = random.between(0.2, 0.8) * h;
    const big = random.between(0.15, 0.35) * w;
    const small = big * random.between(0.2, 0.45);
    const offset = small * random.between(0.6, 1.4);
    ctx.beginPath();
    for (let t = 0; t < Math.PI * 2 * 12; t += 0.02) {
      const k = (big - small) / small;
      ctx.lineTo(cx + (big - small) * Math.cos(t) + offset * Math.cos(k * t), cy + (big - small) * Math.sin(t) - offset * Math.sin(k * t));
    }
    ctx.stroke();
  }
  for (let band = 0; band < 14; band++) {
    ctx.strokeStyle = `hsla(${hue + 30} 50% 40% / 0.25)`;
    ctx.beginPath();
    for (let x = 0; x <= w; x += w / 200) ctx.lineTo(x, h * 0.1 + band * h * 0.006 + Math.sin(x / (w * 0.02) + band) * h * 0.01);
    ctx.stroke();
  }

  const ink = `hsl(${hue + 180} 40% ${random.between(10, 22)}%)`;
  ctx.fillStyle = `hsl(${hue + 180} 55% 28%)`;
  ctx.font = `bold ${w * 0.042}px "DejaVu Sans", "Liberation Sans", sans-serif`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(random.pick(['IDENTITY CARD', "CARTE D'IDENTITÉ", 'PERSONALAUSWEIS', 'CARTA DI IDENTITÀ']), w * 0.05, h * 0.13);

  // Photo box with a silhouette.
  const px = w * 0.05;
  const py = h * 0.19;
  const pw = w * 0.26;
  const ph = h * 0.47;
  ctx.fillStyle = `hsl(${random.between(180, 230)} 15% ${random.between(70, 82)}%)`;
  ctx.fillRect(px, py, pw, ph);
  ctx.fillStyle = `hsl(${random.between(10, 35)} ${random.between(15, 45)}% ${random.between(25, 60)}%)`;
  ctx.beginPath();
  ctx.ellipse(px + pw / 2, py + ph * 0.38, pw * 0.22, ph * 0.2, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.ellipse(px + pw / 2, py + ph * 1.02, pw * 0.45, ph * 0.42, 0, Math.PI, 0);
  ctx.fill();

  // Field labels and values.
  const fields: Array<[string, string]> = [
    ['SURNAME / NOM', random.pick(surnames)],
    ['GIVEN NAMES / PRÉNOMS', random.pick(givenNames)],
    ['DATE OF BIRTH', `${String(1 + Math.floor(random.next() * 28)).padStart(2, '0')}.0${1 + Math.floor(random.next() * 9)}.19${60 + Math.floor(random.next() * 40)}`],
    ['DOCUMENT NO.', randomCode(random, 9)],
  ];
  fields.forEach(([label, value], i) => {
    const fy = h * (0.25 + i * 0.115);
    ctx.fillStyle = `hsl(${hue + 180} 20% 40%)`;
    ctx.font = `${w * 0.02}px "DejaVu Sans", "Liberation Sans", sans-serif`;
    ctx.fillText(label, w * 0.35, fy - h * 0.045);
    ctx.fillStyle = ink;
    ctx.font = `${w * 0.034}px "DejaVu Sans", "Liberation Sans", sans-serif`;
    ctx.fillText(value, w * 0.35, fy);
  });

  // Machine-readable zone: three TD1 lines of 30 characters.
  const mrzSize = w * 0.049;
  ctx.fillStyle = 'rgba(255,255,255,0.35)';
  ctx.fillRect(0, h * 0.7, w, h * 0.3);
  ctx.fillStyle = ink;
  ctx.font = `${mrzSize}px "DejaVu Sans Mono", "Liberation Mono", monospace`;
  const surname = random.pick(surnames).replace(/[^A-Z]/g, '<');
  const lines = [
    `IDUTO${randomCode(random, 9)}<${Math.floor(random.next() * 10)}`.padEnd(30, '<'),
    `${randomDigits(random, 7)}F${randomDigits(random, 7)}UTO`.padEnd(29, '<') + Math.floor(random.next() * 10),
    `${surname}<<${random.pick(givenNames).replace(/[^A-Z]/g, '<')}`.padEnd(30, '<').slice(0, 30),
  ];
  lines.forEach((line, i) => ctx.fillText(line, w * 0.04, h * (0.79 + i * 0.085), w * 0.92));
  ctx.restore();
  // Cap height of DejaVu Sans Mono is ~0.73 em.
  return mrzSize * 0.73;
}

function randomCode(random: Random, length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += random.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789']);
  return code;
}

function randomDigits(random: Random, length: number): string {
  let digits = '';
  for (let i = 0; i < length; i++) digits += Math.floor(random.next() * 10);
  return digits;
}
