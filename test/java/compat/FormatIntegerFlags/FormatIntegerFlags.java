import java.util.Random;

/** Integer conversions (%d %o %x %X) with every flag, width, and byte/short/int/long arguments. */
public class FormatIntegerFlags {
    static Object randomInteger(Random r, int kind) {
        switch (kind) {
            case 0:
                return (byte) r.nextInt();
            case 1:
                return (short) r.nextInt();
            case 2:
                return r.nextInt();
            case 3:
                return r.nextLong();
            case 4:
                return r.nextInt(2001) - 1000;
            default:
                return (long) (r.nextInt(2001) - 1000) * 1_000_000_007L;
        }
    }

    public static void main(String[] args) {
        Random r = new Random(12345);
        String[] decimalFlags = {"", "-", "+", " ", "0", ",", "(", "+,", "(,", " ,", "-,", "0,", "+0", "(0", "-+", "- (", "0,("};
        String[] radixFlags = {"", "-", "#", "0", "#0", "-#"};
        int lines = 0;
        for (int i = 0; i < 240; i++) {
            Object v = randomInteger(r, i % 6);
            String spec;
            if (i % 3 == 0) {
                String flags = radixFlags[r.nextInt(radixFlags.length)];
                String conv = new String[] {"o", "x", "X"}[r.nextInt(3)];
                String width = flags.contains("-") || flags.contains("0") || r.nextBoolean() ? Integer.toString(1 + r.nextInt(24)) : "";
                spec = "%" + flags + width + conv;
            } else {
                String flags = decimalFlags[r.nextInt(decimalFlags.length)];
                String width = flags.contains("-") || flags.contains("0") || r.nextBoolean() ? Integer.toString(1 + r.nextInt(30)) : "";
                spec = "%" + flags + width + "d";
            }
            System.out.printf("%-8s %-20s %-6s [" + spec + "]%n", spec, v, v.getClass().getSimpleName(), v);
            lines++;
        }
        System.out.println();

        Object[] extremes = {Byte.MIN_VALUE, Byte.MAX_VALUE, Short.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, (byte) 0, 0L, -1, (short) -1, (byte) -1, -1L};
        for (Object v : extremes) {
            System.out.printf("%-22s|%,28d|%(,28d|%+d|%x|%X|%#o|%#x|%026d|%n", v, v, v, v, v, v, v, v, v);
            lines++;
        }
        System.out.println();

        // a small table with index reuse and relative indexes
        for (int n = 1; n <= 16; n *= 2) {
            int sq = n * n;
            System.out.printf("%1$4d %1$#6x %1$#6o | %2$,8d %2$08X | %<+d%n", n, sq * 1001);
            lines++;
        }
        Integer boxed = 77;
        Long boxedLong = -77L;
        System.out.println(String.format("%d %d %s %s", boxed, boxedLong, boxed, boxedLong));
        System.out.println(String.format("%x %x", (byte) 0x80, (short) 0x8000));
        System.out.println(lines + " lines");
    }
}
