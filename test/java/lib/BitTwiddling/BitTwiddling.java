/** Integer and Long bit utilities used by real code: bitsets, power-of-two sizing, Gray codes, popcount-based subsets. */
public class BitTwiddling {
    static int nextPowerOfTwo(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }

    static int gray(int n) { return n ^ (n >>> 1); }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, 8, 255, 256, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xF0F0F0F0, 40};
        for (int v : ints) {
            System.out.println(v + ": bitCount=" + Integer.bitCount(v) + " highest=" + Integer.highestOneBit(v) + " lowest=" + Integer.lowestOneBit(v)
                    + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v) + " reverse=" + Integer.reverse(v)
                    + " reverseBytes=" + Integer.reverseBytes(v) + " rotl3=" + Integer.rotateLeft(v, 3) + " rotr35=" + Integer.rotateRight(v, 35)
                    + " signum=" + Integer.signum(v));
            System.out.println("   bin=" + Integer.toBinaryString(v) + " hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v));
        }
        long[] longs = {0L, 1L, -1L, 1L << 63, Long.MAX_VALUE, 0x0123456789ABCDEFL, 96L};
        for (long v : longs) {
            System.out.println(v + ": bitCount=" + Long.bitCount(v) + " highest=" + Long.highestOneBit(v) + " lowest=" + Long.lowestOneBit(v)
                    + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v) + " reverse=" + Long.reverse(v)
                    + " reverseBytes=" + Long.reverseBytes(v) + " rotl7=" + Long.rotateLeft(v, 7) + " rotr-1=" + Long.rotateRight(v, -1) + " signum=" + Long.signum(v));
            System.out.println("   bin=" + Long.toBinaryString(v) + " hex=" + Long.toHexString(v));
        }
        StringBuilder sb = new StringBuilder();
        for (int n : new int[] {0, 1, 2, 3, 5, 17, 1000, 1 << 20, (1 << 20) + 1}) sb.append(n).append("->").append(nextPowerOfTwo(n)).append(' ');
        System.out.println("next pow2: " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 16; i++) sb.append(Integer.toBinaryString(gray(i) | 16).substring(1)).append(' ');
        System.out.println("gray: " + sb.toString().trim());
        long bitset = 0;
        for (int i : new int[] {3, 17, 42, 63, 0, 17}) bitset |= 1L << i;
        sb.setLength(0);
        for (long rest = bitset; rest != 0; rest &= rest - 1) sb.append(Long.numberOfTrailingZeros(rest)).append(' ');
        System.out.println("bitset members: " + sb.toString().trim() + " count " + Long.bitCount(bitset));
        String[] items = {"a", "b", "c", "d"};
        int twoElementSubsets = 0;
        sb.setLength(0);
        for (int mask = 0; mask < 1 << items.length; mask++) {
            if (Integer.bitCount(mask) != 2) continue;
            twoElementSubsets++;
            sb.append('{');
            for (int i = 0; i < items.length; i++) if ((mask & (1 << i)) != 0) sb.append(items[i]);
            sb.append("} ");
        }
        System.out.println(twoElementSubsets + " pairs: " + sb.toString().trim());
        System.out.println("isPowerOfTwo 64: " + (Integer.bitCount(64) == 1) + ", 96: " + (Integer.bitCount(96) == 1));
        System.out.println("log2 floor of 1000: " + (31 - Integer.numberOfLeadingZeros(1000)) + ", of 1L<<40: " + (63 - Long.numberOfLeadingZeros(1L << 40)));
    }
}
