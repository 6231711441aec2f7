/**
 * @fileoverview Java's spelling of float and double values (Float.toString, Double.toString), which
 * tools print for constants: `1.0E10`, `0.001`, `NaN`. JS's Number#toString differs (`1e10`, no
 * trailing `.0`), so the shortest round-tripping digits are taken from JS and laid out Java's way.
 */

/** Double.toString: plain notation for 1e-3 <= |v| < 1e7, otherwise `d.dddE±n`, always a fraction digit. */
export function javaDoubleToString(v: number): string {
  return layout(v, shortestDigits(v, false));
}

/** Float.toString of a value already rounded to float precision (`Math.fround`). */
export function javaFloatToString(v: number): string {
  return layout(v, shortestDigits(v, true));
}

/** Shortest decimal digits and exponent that read back as `v` (as a float when `single`). */
function shortestDigits(v: number, single: boolean): { digits: string; exponent: number } {
  let text = Math.abs(v).toExponential();
  if (single) {
    for (let p = 1; p <= 9; p++) {
      const candidate = Math.abs(v).toExponential(p - 1);
      if (Math.fround(Number(candidate)) === Math.abs(v)) {
        text = candidate;
        break;
      }
    }
  }
  const [mantissa, exp] = text.split('e') as [string, string];
  return { digits: mantissa.replace('.', ''), exponent: Number(exp) };
}

function layout(v: number, { digits, exponent }: { digits: string; exponent: number }): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (v === 0) return `${sign}0.0`;
  const abs = Math.abs(v);
  if (abs >= 1e-3 && abs < 1e7) {
    if (exponent >= 0) {
      const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
      const frac = digits.slice(exponent + 1) || '0';
      return `${sign}${whole}.${frac}`;
    }
    return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  }
  if (digits.length === 1) {
    // At least one fraction digit is printed, so a one-digit shortest form gets the correctly
    // rounded second digit instead of a 0: Double.MIN_VALUE is 4.9E-324, not 5.0E-324.
    const [m, e] = abs.toExponential(1).split('e') as [string, string];
    return `${sign}${m}E${Number(e)}`;
  }
  return `${sign}${digits[0]}.${digits.slice(1)}E${exponent}`;
}
