import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Bit manipulation recipes with Integer/Long helpers: popcounts, gray codes, subset enumeration, bitboards, radix strings. */
public class AlgoBitTricks {
    static String bin(int v, int width) {
        String s = Integer.toBinaryString(v);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    public static void main(String[] args) {
        int[] samples = {0, 1, 6, 255, 1 << 20, -1, Integer.MIN_VALUE, 0x7f3a9c01, -123456};
        for (int v : samples) {
            System.out.println(v + ": bits=" + Integer.bitCount(v) + " hi=" + Integer.highestOneBit(v) + " lo=" + Integer.lowestOneBit(v)
                + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v)
                + " rev=" + Integer.reverse(v) + " bytes=" + Integer.toHexString(Integer.reverseBytes(v))
                + " rotl5=" + Integer.rotateLeft(v, 5) + " sign=" + Integer.signum(v));
        }
        long big = 0xDEADBEEFCAFEBABEL;
        System.out.println(Long.toHexString(big) + " bitCount " + Long.bitCount(big) + " rotr 16 " + Long.toHexString(Long.rotateRight(big, 16))
            + " octal " + Long.toOctalString(big) + " base36 " + Long.toString(big, 36) + " unsigned " + Long.toUnsignedString(big));
        System.out.println("parse: " + Integer.parseInt("-7fffffff", 16) + " " + Integer.parseUnsignedInt("4294967295") + " " + Long.parseLong("zz", 36)
            + " " + Integer.valueOf("0777".substring(1), 8) + " " + Integer.toString(255, 2) + " " + Integer.decode("0x1F") + " " + Integer.decode("-010"));
        StringBuilder gray = new StringBuilder();
        for (int i = 0; i < 8; i++) gray.append(bin(i ^ (i >> 1), 3)).append(i < 7 ? " " : "");
        System.out.println("gray codes: " + gray);
        int[] set = {3, 5, 7, 11};
        List<String> subsetsSum15 = new ArrayList<>();
        for (int mask = 0; mask < 1 << set.length; mask++) {
            int sum = 0;
            for (int m = mask; m != 0; m &= m - 1) sum += set[Integer.numberOfTrailingZeros(m)];
            if (sum == 15 || sum == 18) subsetsSum15.add(bin(mask, 4) + "=" + sum);
        }
        System.out.println("subsets summing to 15 or 18: " + subsetsSum15);
        int sub = 0b1011, count = 0;
        StringBuilder subs = new StringBuilder();
        for (int s = sub; ; s = (s - 1) & sub) { subs.append(bin(s, 4)).append(' '); count++; if (s == 0) break; }
        System.out.println(count + " submasks of 1011: " + subs.toString().trim());
        int combos = 0;
        for (int c = 0b000111; c < 1 << 6; ) {
            combos++;
            int t = c & -c, r = c + t;
            c = (((r ^ c) >>> 2) / t) | r;
        }
        System.out.println("3-of-6 combinations via Gosper's hack: " + combos);
        long knight = 1L << 27;
        long notA = 0xfefefefefefefefeL, notH = 0x7f7f7f7f7f7f7f7fL, notAB = 0xfcfcfcfcfcfcfcfcL, notGH = 0x3f3f3f3f3f3f3f3fL;
        long moves = ((knight << 17) & notA) | ((knight << 15) & notH) | ((knight << 10) & notAB) | ((knight << 6) & notGH)
            | ((knight >>> 17) & notH) | ((knight >>> 15) & notA) | ((knight >>> 10) & notGH) | ((knight >>> 6) & notAB);
        StringBuilder board = new StringBuilder();
        for (int rank = 7; rank >= 0; rank--) {
            for (int file = 0; file < 8; file++) {
                int sq = rank * 8 + file;
                board.append((knight >>> sq & 1) != 0 ? 'N' : (moves >>> sq & 1) != 0 ? 'x' : '.');
            }
            board.append('\n');
        }
        System.out.print("knight on d4 attacks " + Long.bitCount(moves) + " squares:\n" + board);
        BitSet a = new BitSet(), b = new BitSet();
        for (int i = 0; i < 40; i += 3) a.set(i);
        for (int i = 0; i < 40; i += 4) b.set(i);
        BitSet and = (BitSet) a.clone();
        and.and(b);
        BitSet xor = (BitSet) a.clone();
        xor.xor(b);
        System.out.println("a=" + a + "\nb&a=" + and + " card " + and.cardinality() + "\nxor card " + xor.cardinality() + " length " + xor.length()
            + " nextSet(13)=" + xor.nextSetBit(13) + " prevClear(39)=" + xor.previousClearBit(39));
        System.out.println("shifts: " + (-16 >> 2) + " " + (-16 >>> 28) + " " + (1 << 33) + " " + (1L << 33) + " " + ((byte) 200) + " " + ((short) 70000) + " " + (char) 65 + " " + ((int) 'z' & 0x0f));
    }
}
