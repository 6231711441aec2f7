/** A checksum over 140 long locals (280 slots): slots past 255 force wide lload/lstore/iinc, and increments beyond a byte force wide iinc. */
public class WideLocals {
    static long manyLocals(int seed) {
        long l0 = seed + 0L, l1 = seed + 1L, l2 = seed + 2L, l3 = seed + 3L, l4 = seed + 4L, l5 = seed + 5L, l6 = seed + 6L;
        long l7 = seed + 7L, l8 = seed + 8L, l9 = seed + 9L, l10 = seed + 10L, l11 = seed + 11L, l12 = seed + 12L, l13 = seed + 13L;
        long l14 = seed + 14L, l15 = seed + 15L, l16 = seed + 16L, l17 = seed + 17L, l18 = seed + 18L, l19 = seed + 19L, l20 = seed + 20L;
        long l21 = seed + 21L, l22 = seed + 22L, l23 = seed + 23L, l24 = seed + 24L, l25 = seed + 25L, l26 = seed + 26L, l27 = seed + 27L;
        long l28 = seed + 28L, l29 = seed + 29L, l30 = seed + 30L, l31 = seed + 31L, l32 = seed + 32L, l33 = seed + 33L, l34 = seed + 34L;
        long l35 = seed + 35L, l36 = seed + 36L, l37 = seed + 37L, l38 = seed + 38L, l39 = seed + 39L, l40 = seed + 40L, l41 = seed + 41L;
        long l42 = seed + 42L, l43 = seed + 43L, l44 = seed + 44L, l45 = seed + 45L, l46 = seed + 46L, l47 = seed + 47L, l48 = seed + 48L;
        long l49 = seed + 49L, l50 = seed + 50L, l51 = seed + 51L, l52 = seed + 52L, l53 = seed + 53L, l54 = seed + 54L, l55 = seed + 55L;
        long l56 = seed + 56L, l57 = seed + 57L, l58 = seed + 58L, l59 = seed + 59L, l60 = seed + 60L, l61 = seed + 61L, l62 = seed + 62L;
        long l63 = seed + 63L, l64 = seed + 64L, l65 = seed + 65L, l66 = seed + 66L, l67 = seed + 67L, l68 = seed + 68L, l69 = seed + 69L;
        long l70 = seed + 70L, l71 = seed + 71L, l72 = seed + 72L, l73 = seed + 73L, l74 = seed + 74L, l75 = seed + 75L, l76 = seed + 76L;
        long l77 = seed + 77L, l78 = seed + 78L, l79 = seed + 79L, l80 = seed + 80L, l81 = seed + 81L, l82 = seed + 82L, l83 = seed + 83L;
        long l84 = seed + 84L, l85 = seed + 85L, l86 = seed + 86L, l87 = seed + 87L, l88 = seed + 88L, l89 = seed + 89L, l90 = seed + 90L;
        long l91 = seed + 91L, l92 = seed + 92L, l93 = seed + 93L, l94 = seed + 94L, l95 = seed + 95L, l96 = seed + 96L, l97 = seed + 97L;
        long l98 = seed + 98L, l99 = seed + 99L, l100 = seed + 100L, l101 = seed + 101L, l102 = seed + 102L, l103 = seed + 103L, l104 = seed + 104L;
        long l105 = seed + 105L, l106 = seed + 106L, l107 = seed + 107L, l108 = seed + 108L, l109 = seed + 109L, l110 = seed + 110L, l111 = seed + 111L;
        long l112 = seed + 112L, l113 = seed + 113L, l114 = seed + 114L, l115 = seed + 115L, l116 = seed + 116L, l117 = seed + 117L, l118 = seed + 118L;
        long l119 = seed + 119L, l120 = seed + 120L, l121 = seed + 121L, l122 = seed + 122L, l123 = seed + 123L, l124 = seed + 124L, l125 = seed + 125L;
        long l126 = seed + 126L, l127 = seed + 127L, l128 = seed + 128L, l129 = seed + 129L, l130 = seed + 130L, l131 = seed + 131L, l132 = seed + 132L;
        long l133 = seed + 133L, l134 = seed + 134L, l135 = seed + 135L, l136 = seed + 136L, l137 = seed + 137L, l138 = seed + 138L, l139 = seed + 139L;
        int counter = seed;
        double scale = 1.5;
        counter += 1000;
        counter -= 300;
        counter++;
        for (int i = 0; i < 10; i++) {
            counter += 200;
            l139 += counter;
            l0 ^= l139;
            scale *= 1.25;
        }
        long total = l0 + l7 + l14 + l21 + l28 + l35 + l42 + l49 + l56 + l63 + l70 + l77 + l84 + l91 + l98 + l105 + l112 + l119 + l126 + l133;
        return total + counter + (long) scale + l139 * 3 + l0;
    }

    static int smallLoop() {
        int total = 0;
        for (int i = 0; i < 100000; i += 1000) total += i;
        for (int i = 100; i > -100; i -= 130) total += i;
        short s = 0;
        s += 40000;
        return total + s;
    }

    public static void main(String[] args) {
        for (int seed = 0; seed < 3; seed++) System.out.println("manyLocals(" + seed + ") = " + manyLocals(seed));
        System.out.println("smallLoop = " + smallLoop());
    }
}
