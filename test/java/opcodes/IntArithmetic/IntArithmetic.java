/** Integer arithmetic as hashing and checksum code uses it: wraparound, negation, division rounding. */
public class IntArithmetic {
    static int fnv1a(String s) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            hash ^= s.charAt(i);
            hash *= 16777619;
        }
        return hash;
    }

    static int adler32(byte[] data) {
        int a = 1, b = 0;
        for (byte d : data) {
            a = (a + (d & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return x;
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println("max + 1 = " + (max + 1));
        System.out.println("min - 1 = " + (min - 1));
        System.out.println("-min = " + (-min));
        System.out.println("max * 2 = " + (max * 2));
        System.out.println("max * max = " + (max * max));
        System.out.println("min * -1 = " + (min * -1));
        System.out.println("46341 * 46341 = " + (46341 * 46341));

        int[] dividends = {7, -7, 7, -7, 0, 1, -1, max, min, min};
        int[] divisors = {2, 2, -2, -2, 5, 3, 3, -1, -1, 2};
        for (int i = 0; i < dividends.length; i++) {
            int a = dividends[i], b = divisors[i];
            System.out.println(a + " / " + b + " = " + (a / b) + ", " + a + " % " + b + " = " + (a % b));
        }

        System.out.println("fnv1a(hello) = " + fnv1a("hello"));
        System.out.println("fnv1a() = " + fnv1a(""));
        System.out.println("fnv1a(The quick brown fox) = " + fnv1a("The quick brown fox"));
        byte[] data = "Wikipedia".getBytes();
        System.out.println("adler32(Wikipedia) = " + adler32(data) + " hex " + Integer.toHexString(adler32(data)));

        int acc = 0;
        for (int i = -50; i <= 50; i++) {
            acc += mix(i);
            acc = acc * 31 + i;
        }
        System.out.println("mix accumulate = " + acc);

        int x = 12345;
        x = -x;
        System.out.println("neg = " + x + ", ~x = " + (~x) + ", x & 0xff = " + (x & 0xff) + ", x | 7 = " + (x | 7) + ", x ^ -1 = " + (x ^ -1));
        int counter = 0;
        for (int i = 0; i < 1000; i++) {
            counter += i * i - 3 * i;
            counter -= i / 7;
        }
        System.out.println("counter = " + counter);
        short s = (short) 40000;
        byte b = (byte) 200;
        System.out.println("short 40000 = " + s + ", byte 200 = " + b + ", s * b = " + (s * b));
    }
}
