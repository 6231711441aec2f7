import java.util.Arrays;

/** Arrays of every primitive type: defaults, stores with narrowing, lengths, and a histogram of sensor readings. */
public class PrimitiveArrays {
    public static void main(String[] args) {
        boolean[] flags = new boolean[3];
        byte[] bytes = new byte[3];
        char[] chars = new char[3];
        short[] shorts = new short[3];
        int[] ints = new int[3];
        long[] longs = new long[3];
        float[] floats = new float[3];
        double[] doubles = new double[3];
        String[] strings = new String[3];
        System.out.println("defaults: " + flags[0] + " " + bytes[1] + " " + (int) chars[2] + " " + shorts[0] + " " + ints[1] + " " + longs[2] + " " + floats[0] + " " + doubles[1] + " " + strings[2]);
        for (int i = 0; i < 3; i++) {
            flags[i] = i % 2 == 0;
            bytes[i] = (byte) (i * 100);
            chars[i] = (char) ('x' + i);
            shorts[i] = (short) (i * 20000);
            ints[i] = i * 1_000_000_000;
            longs[i] = (long) i * 5_000_000_000L;
            floats[i] = i / 3f;
            doubles[i] = i / 3.0;
            strings[i] = "s" + i;
        }
        System.out.println(Arrays.toString(flags));
        System.out.println(Arrays.toString(bytes));
        System.out.println(Arrays.toString(chars));
        System.out.println(Arrays.toString(shorts));
        System.out.println(Arrays.toString(ints));
        System.out.println(Arrays.toString(longs));
        System.out.println(Arrays.toString(floats));
        System.out.println(Arrays.toString(doubles));
        System.out.println(Arrays.toString(strings));
        System.out.println("lengths " + flags.length + bytes.length + chars.length + shorts.length + ints.length + longs.length + floats.length + doubles.length);
        int[] empty = new int[0];
        System.out.println("empty " + empty.length + " " + Arrays.toString(empty));
        double[] readings = {12.5, 13.1, 19.9, 25.0, 7.2, 13.3, 18.8, 30.1, 22.2, 12.0};
        int[] histogram = new int[4];
        for (double r : readings) histogram[Math.min(3, (int) (r / 10))]++;
        for (int b = 0; b < histogram.length; b++) {
            char[] bar = new char[histogram[b]];
            Arrays.fill(bar, '#');
            System.out.println(b * 10 + "-" + (b * 10 + 9) + ": " + new String(bar));
        }
        byte[] xorKey = {0x5a, (byte) 0xa5, 0x3c};
        byte[] message = "secret".getBytes();
        for (int i = 0; i < message.length; i++) message[i] ^= xorKey[i % xorKey.length];
        System.out.println("xored " + Arrays.toString(message));
        for (int i = 0; i < message.length; i++) message[i] ^= xorKey[i % xorKey.length];
        System.out.println("restored " + new String(message));
        long[] fib = new long[91];
        fib[1] = 1;
        for (int i = 2; i < fib.length; i++) fib[i] = fib[i - 1] + fib[i - 2];
        System.out.println("fib[90] = " + fib[90]);
        boolean[] seen = new boolean[10];
        int dupes = 0;
        for (int v : new int[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}) {
            if (seen[v]) dupes++;
            seen[v] = true;
        }
        System.out.println("dupes " + dupes);
    }
}
