import java.util.Arrays;
import java.util.Random;

/**
 * A fuzz harness for printf-style templates: random specifiers (valid and invalid: indexes, flag
 * combinations, widths, precisions, unknown conversions, dangling '%' and 't') applied to random
 * arguments; prints each result or the exception with its message (non-ASCII escaped).
 */
public class FormatSpecifierFuzz {
    static final String CONVERSIONS = "bBhHsScCdoxXeEfgGaA%ntTqzFD";
    static final String FLAGS = "-#+ 0,(<";
    static final Object[] POOL = {null, "str", "", 'c', (byte) -5, (short) 300, 42, -42, 7L, Long.MIN_VALUE, 1.5, -0.0,
        2.5f, true, Double.NaN, 0x1F600, 0, "\u01c6\u00df", Boolean.FALSE};

    static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                sb.append(c);
            } else {
                sb.append("\\u").append(String.format("%04x", (int) c));
            }
        }
        return sb.toString();
    }

    static String randomTemplate(Random r) {
        StringBuilder f = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            f.append(r.nextInt(3) == 0 ? "x" : "");
            f.append('%');
            if (r.nextInt(5) == 0) {
                f.append(1 + r.nextInt(3)).append('$');
            }
            int flagCount = r.nextInt(3);
            for (int j = 0; j < flagCount; j++) {
                f.append(FLAGS.charAt(r.nextInt(FLAGS.length())));
            }
            if (r.nextInt(2) == 0) {
                f.append(r.nextInt(12));
            }
            if (r.nextInt(3) == 0) {
                f.append('.').append(r.nextInt(6));
            }
            if (r.nextInt(15) == 0) {
                f.append(r.nextBoolean() ? "" : ".");
                continue;
            }
            f.append(CONVERSIONS.charAt(r.nextInt(CONVERSIONS.length())));
        }
        return f.toString();
    }

    public static void main(String[] args) {
        Random r = new Random(99);
        StringBuilder out = new StringBuilder();
        int ok = 0;
        for (int i = 0; i < 1500; i++) {
            String template = randomTemplate(r);
            Object[] values = new Object[r.nextInt(4)];
            for (int k = 0; k < values.length; k++) {
                values[k] = POOL[r.nextInt(POOL.length)];
            }
            String result;
            try {
                result = "[" + String.format(template, values) + "]";
                ok++;
            } catch (RuntimeException e) {
                result = e.getClass().getName() + ": " + e.getMessage();
            }
            out.append(template).append(' ').append(Arrays.toString(values)).append(" => ").append(result).append('\n');
        }
        System.out.print(ascii(out.toString()));
        System.out.println(ok + " templates formatted");
    }
}
