/**
 * @fileoverview fdlibm's sin, cos and tan (s_sin.c, s_cos.c, s_tan.c, k_sin.c, k_cos.c, k_tan.c,
 * e_rem_pio2.c, k_rem_pio2.c of fdlibm 5.3), the algorithms of JDK 17's StrictMath.sin/cos/tan.
 *
 * Node 20's V8 computes the same bits, but newer V8 builds can switch sin/cos to glibc-derived
 * code and other engines use other libms; StrictMath must not change with the host, so these
 * are ported too. Method: reduce x to y0 + y1 in [-pi/4, pi/4] and a quadrant n (Cody-Waite with
 * a 3-part pi/2 up to 2^19·pi/2, Payne-Hanek with 2/pi in 24-bit chunks beyond), then evaluate
 * the sin/cos/tan kernel polynomials on y0 + y1.
 */

import { highWord, lowWord, scalb, withHighWord, withLowWord } from '../ieee754.js';

// sin kernel, |error| < 2^-58 on [-pi/4, pi/4]
const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
// cos kernel
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;
// tan kernel: T[0..12], then pi/4 split in two
const T = [
  3.33333333333334091986e-1, 1.33333333333201242699e-1, 5.39682539762260521377e-2, 2.18694882948595424599e-2,
  8.86323982359930005737e-3, 3.59207910759131235356e-3, 1.45620945432529025516e-3, 5.88041240820264096874e-4,
  2.46463134818469906812e-4, 7.81794442939557092300e-5, 7.14072491382608190305e-5, -1.85586374855275456654e-5,
  2.59073051863633712884e-5,
];
const PIO4 = 7.85398163397448278999e-1;
const PIO4_LO = 3.06161699786838301793e-17;

/** Kernel sin on [-pi/4, pi/4]; y is the tail of x, iy = 0 when y is known to be 0. */
function kernelSin(x: number, y: number, iy: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return x; // |x| < 2^-27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (iy === 0) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** Kernel cos on [-pi/4, pi/4]; y is the tail of x. */
function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return 1.0; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1.0 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  // Subtract a representable x/4 (or 0.28125) first so 1 - z/2 loses no bits.
  const qx = ix > 0x3fe90000 ? 0.28125 : withLowWord(withHighWord(0.0, ix - 0x00200000), 0);
  const hz = 0.5 * z - qx;
  const a = 1.0 - qx;
  return a - (hz - (z * r - x * y));
}

/** -1/(x + r) computed accurately from the split w = x + r (high part with a zeroed low word). */
function negativeReciprocal(w: number, x: number, r: number): number {
  const z = withLowWord(w, 0);
  const v = r - (z - x); // z + v = r + x
  const a = -1.0 / w;
  const t = withLowWord(a, 0);
  const s = 1.0 + t * z;
  return t + a * (s + t * v);
}

/** Kernel tan on [-pi/4, pi/4]; iy = 1 gives tan, iy = -1 gives -1/tan. */
function kernelTan(x: number, y: number, iy: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000 && (x | 0) === 0) {
    // |x| < 2^-28
    if ((ix | lowWord(x) | (iy + 1)) === 0) return 1.0 / Math.abs(x);
    if (iy === 1) return x;
    return negativeReciprocal(x + y, x, y);
  }
  if (ix >= 0x3fe59428) {
    // |x| >= 0.6744: use tan(pi/4 - x)
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    x = PIO4 - x + (PIO4_LO - y);
    y = 0.0;
  }
  const z = x * x;
  let w = z * z;
  // Odd and even terms of the polynomial evaluated separately for accuracy.
  let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  const s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T[0] * s;
  w = x + r;
  if (ix >= 0x3fe59428) {
    v = iy;
    return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - ((w * w) / (w + v) - r)));
  }
  if (iy === 1) return w;
  return negativeReciprocal(w, x, r);
}

/** 2/pi in 24-bit chunks, for the Payne-Hanek reduction (1584 bits). */
const TWO_OVER_PI = [
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb, 0xc561b7,
  0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c,
  0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8, 0x97ffde, 0x05980f, 0xef2f11,
  0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7,
  0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e,
  0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880, 0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
];

/** pi/2 in 24-bit pieces (each double holds 24 significant bits). */
const PI_O2_CHUNKS = [
  1.57079625129699707031, 7.54978941586159635335e-8, 5.39030252995776476554e-15, 3.28200341580791294123e-22,
  1.27065575308067607349e-29, 1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51,
];

/** High words of n·pi/2 for n = 1..32: medium arguments close to these need more pi bits. */
const NPIO2_HW = [
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb, 0x402c463a,
  0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a,
  0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c, 0x404534ac,
  0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
];

/** The chunk tables, exported so that tests can check them against 2/pi and pi/2 computed exactly. */
export const TRIG_TABLES = { TWO_OVER_PI, PI_O2_CHUNKS, NPIO2_HW } as const;

const TWO24 = 16777216.0;
const TWON24 = 5.9604644775390625e-8;

/**
 * Payne-Hanek: x (3 chunks of 24 bits, scaled by 2^e0) times 2/pi, keeping only the bits that
 * matter for the remainder; writes y[0] + y[1] and returns the quadrant (mod 8).
 */
function kernelRemPio2(x: number[], y: number[], e0: number, nx: number): number {
  const jk = 4; // precision 2 (double)
  const jp = jk;
  const jx = nx - 1;
  const jv = Math.max(0, Math.trunc((e0 - 3) / 24));
  let q0 = e0 - 24 * (jv + 1);
  const f: number[] = [];
  const q: number[] = [];
  const iq: number[] = [];
  const fq: number[] = [];
  const m = jx + jk;
  for (let i = 0, j = jv - jx; i <= m; i++, j++) f[i] = j < 0 ? 0.0 : TWO_OVER_PI[j];
  for (let i = 0; i <= jk; i++) {
    let fw = 0.0;
    for (let j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
    q[i] = fw;
  }
  let jz = jk;
  let z: number;
  let n: number;
  let ih: number;
  for (;;) {
    // Distill q[] into 24-bit integers iq[], most significant last.
    z = q[jz];
    for (let i = 0, j = jz; j > 0; i++, j--) {
      const fw = (TWON24 * z) | 0;
      iq[i] = (z - TWO24 * fw) | 0;
      z = q[j - 1] + fw;
    }
    z = scalb(z, q0);
    z -= 8.0 * Math.floor(z * 0.125); // drop multiples of 8
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      const i = iq[jz - 1] >> (24 - q0);
      n += i;
      iq[jz - 1] -= i << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 === 0) {
      ih = iq[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {
      // fraction > 0.5: use 1 - fraction and round the quadrant up
      n += 1;
      let carry = 0;
      for (let i = 0; i < jz; i++) {
        const j = iq[i];
        if (carry === 0) {
          if (j !== 0) {
            carry = 1;
            iq[i] = 0x1000000 - j;
          }
        } else {
          iq[i] = 0xffffff - j;
        }
      }
      if (q0 === 1) iq[jz - 1] &= 0x7fffff;
      else if (q0 === 2) iq[jz - 1] &= 0x3fffff;
      if (ih === 2) {
        z = 1.0 - z;
        if (carry !== 0) z -= scalb(1.0, q0);
      }
    }
    if (z !== 0) break;
    let j = 0;
    for (let i = jz - 1; i >= jk; i--) j |= iq[i];
    if (j !== 0) break;
    // All computed bits cancelled: bring in more chunks of 2/pi and start over.
    let k = 1;
    while (iq[jk - k] === 0) k++;
    for (let i = jz + 1; i <= jz + k; i++) {
      f[jx + i] = TWO_OVER_PI[jv + i];
      let fw = 0.0;
      for (let jj = 0; jj <= jx; jj++) fw += x[jj] * f[jx + i - jj];
      q[i] = fw;
    }
    jz += k;
  }
  if (z === 0.0) {
    // chop off zero terms
    jz -= 1;
    q0 -= 24;
    while (iq[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    // break z into 24-bit pieces if necessary
    z = scalb(z, -q0);
    if (z >= TWO24) {
      const fw = (TWON24 * z) | 0;
      iq[jz] = (z - TWO24 * fw) | 0;
      jz += 1;
      q0 += 24;
      iq[jz] = fw;
    } else {
      iq[jz] = z | 0;
    }
  }
  let fw = scalb(1.0, q0);
  for (let i = jz; i >= 0; i--) {
    q[i] = fw * iq[i];
    fw *= TWON24;
  }
  for (let i = jz; i >= 0; i--) {
    let sum = 0.0;
    for (let k = 0; k <= jp && k <= jz - i; k++) sum += PI_O2_CHUNKS[k] * q[i + k];
    fq[jz - i] = sum;
  }
  let sum = 0.0;
  for (let i = jz; i >= 0; i--) sum += fq[i];
  y[0] = ih === 0 ? sum : -sum;
  sum = fq[0] - sum;
  for (let i = 1; i <= jz; i++) sum += fq[i];
  y[1] = ih === 0 ? sum : -sum;
  return n & 7;
}

const INV_PIO2 = 6.36619772367581382433e-1; // 53 bits of 2/pi
const PIO2_1 = 1.57079632673412561417; // first 33 bits of pi/2
const PIO2_1T = 6.07710050650619224932e-11; // pi/2 - PIO2_1
const PIO2_2 = 6.07710050630396597660e-11; // second 33 bits
const PIO2_2T = 2.02226624879595063154e-21; // pi/2 - (PIO2_1 + PIO2_2)
const PIO2_3 = 2.02226624871116645580e-21; // third 33 bits
const PIO2_3T = 8.47842766036889956997e-32; // pi/2 - (PIO2_1 + PIO2_2 + PIO2_3)

/** Reduces x modulo pi/2: writes the remainder as y[0] + y[1] and returns the quadrant n. */
function remPio2(x: number, y: number[]): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x4002d97c) {
    // |x| < 3pi/4: n = +-1
    let z: number;
    if (hx > 0) {
      z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        y[0] = z - PIO2_1T;
        y[1] = z - y[0] - PIO2_1T;
      } else {
        // near pi/2: use 33 + 33 + 53 bits of pi
        z -= PIO2_2;
        y[0] = z - PIO2_2T;
        y[1] = z - y[0] - PIO2_2T;
      }
      return 1;
    }
    z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      y[0] = z + PIO2_1T;
      y[1] = z - y[0] + PIO2_1T;
    } else {
      z += PIO2_2;
      y[0] = z + PIO2_2T;
      y[1] = z - y[0] + PIO2_2T;
    }
    return -1;
  }
  if (ix <= 0x413921fb) {
    // |x| <= 2^19·pi/2: Cody-Waite with up to three parts of pi/2
    let t = Math.abs(x);
    const n = (t * INV_PIO2 + 0.5) | 0;
    const fn = n;
    let r = t - fn * PIO2_1;
    let w = fn * PIO2_1T;
    if (n < 32 && ix !== NPIO2_HW[n - 1]) {
      y[0] = r - w;
    } else {
      const j = ix >> 20;
      y[0] = r - w;
      let i = j - ((highWord(y[0]) >> 20) & 0x7ff);
      if (i > 16) {
        t = r;
        w = fn * PIO2_2;
        r = t - w;
        w = fn * PIO2_2T - (t - r - w);
        y[0] = r - w;
        i = j - ((highWord(y[0]) >> 20) & 0x7ff);
        if (i > 49) {
          t = r;
          w = fn * PIO2_3;
          r = t - w;
          w = fn * PIO2_3T - (t - r - w);
          y[0] = r - w;
        }
      }
    }
    y[1] = r - y[0] - w;
    if (hx < 0) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }
  // Large arguments: z = |x| scaled to [2^23, 2^24), split into three 24-bit chunks.
  const e0 = (ix >> 20) - 1046;
  let z = withHighWord(withLowWord(0.0, lowWord(x)), ix - (e0 << 20));
  const tx: number[] = [];
  for (let i = 0; i < 2; i++) {
    tx[i] = z | 0;
    z = (z - tx[i]) * TWO24;
  }
  tx[2] = z;
  let nx = 3;
  while (tx[nx - 1] === 0.0) nx--;
  const n = kernelRemPio2(tx, y, e0, nx);
  if (hx < 0) {
    y[0] = -y[0];
    y[1] = -y[1];
    return -n;
  }
  return n;
}

const reduced = [0, 0];

/** sin(x) */
export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0.0, 0);
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x, reduced);
  switch (n & 3) {
    case 0:
      return kernelSin(reduced[0], reduced[1], 1);
    case 1:
      return kernelCos(reduced[0], reduced[1]);
    case 2:
      return -kernelSin(reduced[0], reduced[1], 1);
    default:
      return -kernelCos(reduced[0], reduced[1]);
  }
}

/** cos(x) */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0.0);
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x, reduced);
  switch (n & 3) {
    case 0:
      return kernelCos(reduced[0], reduced[1]);
    case 1:
      return -kernelSin(reduced[0], reduced[1], 1);
    case 2:
      return -kernelCos(reduced[0], reduced[1]);
    default:
      return kernelSin(reduced[0], reduced[1], 1);
  }
}

/** tan(x) */
export function tan(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelTan(x, 0.0, 1);
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x, reduced);
  return kernelTan(reduced[0], reduced[1], 1 - ((n & 1) << 1));
}
