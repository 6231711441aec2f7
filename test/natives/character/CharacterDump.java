import java.util.Locale;

/**
 * HotSpot's side of test/natives/character.test.ts: one line per sampled code point (args: a
 * stride for the code points above U+1FFFF), then one hash line per property over all code points.
 */
public final class CharacterDump {
    private static final int[] RADIXES = {2, 8, 10, 16, 36};

    public static void main(String[] args) {
        int stride = Integer.parseInt(args[0]);
        StringBuilder out = new StringBuilder();
        int[] hash = new int[11];
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int[] v = values(cp);
            for (int i = 0; i < v.length; i++) {
                hash[i] = hash[i] * 31 + v[i];
            }
            if (cp >= 0x100 && (cp <= 0x1FFFF || cp % stride == 0 || cp == Character.MAX_CODE_POINT)) {
                out.append(Integer.toHexString(cp));
                for (int x : v) {
                    out.append(' ').append(x);
                }
                out.append(' ').append(full(cp)).append('\n');
            }
        }
        out.append("hash");
        for (int h : hash) {
            out.append(' ').append(h);
        }
        System.out.println(out);
    }

    /** Every int-valued answer, in the order the test expects. */
    static int[] values(int cp) {
        int[] v = new int[11];
        v[0] = Character.getType(cp);
        v[1] = Character.isUpperCase(cp) ? 1 : 0;
        v[2] = Character.isLowerCase(cp) ? 1 : 0;
        v[3] = Character.isAlphabetic(cp) ? 1 : 0;
        v[4] = Character.isIdeographic(cp) ? 1 : 0;
        v[5] = Character.toUpperCase(cp);
        v[6] = Character.toLowerCase(cp);
        v[7] = Character.toTitleCase(cp);
        v[8] = Character.getNumericValue(cp);
        int d = 0;
        for (int r : RADIXES) {
            d = d * 37 + Character.digit(cp, r) + 1;
        }
        v[9] = d;
        v[10] = full(cp).hashCode();
        return v;
    }

    /** The full uppercase mapping as hex UTF-16 units joined by '.', or "-" when one code point. */
    static String full(int cp) {
        String s = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        if (s.codePointCount(0, s.length()) == 1) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(i == 0 ? "" : ".").append(Integer.toHexString(s.charAt(i)));
        }
        return b.toString();
    }
}
