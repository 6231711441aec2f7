/** Character's Unicode answers beyond Latin-1 (Unicode 13 in JDK 17): samples, then hashes over every code point. */
public class CharacterUnicode {
    static final int[][] RANGES = {
        {0x100, 0x101}, {0x130, 0x131}, {0x149, 0x149}, {0x178, 0x180}, {0x1C4, 0x1CC}, {0x1F0, 0x1F3},
        {0x24F, 0x250}, {0x2B0, 0x2B0}, {0x300, 0x300}, {0x345, 0x345}, {0x370, 0x37F}, {0x386, 0x391},
        {0x3A2, 0x3A3}, {0x3B0, 0x3B0}, {0x3C2, 0x3C3}, {0x3D0, 0x3D2}, {0x3F4, 0x3F5}, {0x400, 0x400},
        {0x410, 0x410}, {0x430, 0x430}, {0x450, 0x450}, {0x460, 0x461}, {0x4C0, 0x4C0}, {0x4CF, 0x4CF},
        {0x52F, 0x530}, {0x531, 0x531}, {0x561, 0x561}, {0x587, 0x588}, {0x5D0, 0x5D0}, {0x660, 0x669},
        {0x6F0, 0x6F0}, {0x905, 0x905}, {0x966, 0x96F}, {0xBF0, 0xBF2}, {0x10A0, 0x10A0}, {0x10D0, 0x10D0},
        {0x1C90, 0x1C90}, {0x13A0, 0x13A0}, {0x13F8, 0x13F8}, {0x1680, 0x1680}, {0x1E96, 0x1E9E},
        {0x1F00, 0x1F01}, {0x1F50, 0x1F56}, {0x1F80, 0x1FFC}, {0x2000, 0x200B}, {0x2028, 0x2029},
        {0x202F, 0x202F}, {0x205F, 0x205F}, {0x2070, 0x2070}, {0x2126, 0x2126}, {0x212A, 0x212B},
        {0x2160, 0x2188}, {0x2460, 0x2460}, {0x24B6, 0x24B6}, {0x24D0, 0x24D0}, {0x2C00, 0x2C00},
        {0x2C2F, 0x2C30}, {0x2C5F, 0x2C5F}, {0x3000, 0x3000}, {0x3007, 0x3007}, {0x3021, 0x3021},
        {0x3400, 0x3400}, {0x4DBF, 0x4DC0}, {0x4E00, 0x4E00}, {0x4E94, 0x4E94}, {0x9FFC, 0x9FFD},
        {0xA7C0, 0xA7C2}, {0xA7F5, 0xA7F6}, {0xAB70, 0xAB70}, {0xD800, 0xD800}, {0xDBFF, 0xDC00},
        {0xDFFF, 0xE000}, {0xF8FF, 0xF900}, {0xFB00, 0xFB06}, {0xFB13, 0xFB17}, {0xFEFF, 0xFEFF},
        {0xFF10, 0xFF11}, {0xFF19, 0xFF1A}, {0xFF21, 0xFF22}, {0xFF3A, 0xFF3A}, {0xFF41, 0xFF41},
        {0xFF5A, 0xFF5A}, {0xFFFE, 0xFFFF}, {0x10107, 0x10107}, {0x10400, 0x10400}, {0x10428, 0x10428},
        {0x11066, 0x11066}, {0x12400, 0x12400}, {0x16B5B, 0x16B5B}, {0x16E40, 0x16E40}, {0x1D400, 0x1D400},
        {0x1D7CE, 0x1D7D0}, {0x1D7FF, 0x1D7FF}, {0x1E900, 0x1E900}, {0x1E922, 0x1E922}, {0x1EC71, 0x1EC71},
        {0x1F600, 0x1F600}, {0x1FBF0, 0x1FBF0}, {0x1FBFA, 0x1FBFA}, {0x20000, 0x20000}, {0x2A6DD, 0x2A6DF},
        {0x2FFFF, 0x2FFFF}, {0x30000, 0x30000}, {0x3134A, 0x3134B}, {0x31350, 0x31350}, {0xE0001, 0xE0001},
        {0xE0100, 0xE0100}, {0xF0000, 0xF0000}, {0x10FFFD, 0x10FFFF},
    };

    static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(i == 0 ? "" : ".").append(Integer.toHexString(s.charAt(i)));
        }
        return b.toString();
    }

    static int b(boolean z) {
        return z ? 1 : 0;
    }

    static void show(int cp) {
        String s = new String(Character.toChars(cp));
        System.out.println(Integer.toHexString(cp) + " type=" + Character.getType(cp)
                + " L" + b(Character.isLetter(cp)) + "D" + b(Character.isDigit(cp))
                + "U" + b(Character.isUpperCase(cp)) + "l" + b(Character.isLowerCase(cp))
                + "T" + b(Character.isTitleCase(cp)) + "A" + b(Character.isAlphabetic(cp))
                + "I" + b(Character.isIdeographic(cp)) + "W" + b(Character.isWhitespace(cp))
                + "S" + b(Character.isSpaceChar(cp)) + "J" + b(Character.isJavaIdentifierStart(cp))
                + b(Character.isJavaIdentifierPart(cp)) + "D" + b(Character.isDefined(cp))
                + " up=" + Integer.toHexString(Character.toUpperCase(cp))
                + " lo=" + Integer.toHexString(Character.toLowerCase(cp))
                + " ti=" + Integer.toHexString(Character.toTitleCase(cp))
                + " digit=" + Character.digit(cp, 10) + "," + Character.digit(cp, 16) + "," + Character.digit(cp, 36)
                + " num=" + Character.getNumericValue(cp)
                + " S.up=" + hex(s.toUpperCase()) + " S.lo=" + hex(s.toLowerCase()));
    }

    public static void main(String[] args) {
        int shown = 0;
        for (int[] r : RANGES) {
            for (int cp = r[0]; cp <= r[1]; cp++) {
                show(cp);
                shown++;
            }
        }
        System.out.println("shown " + shown);
        if (Character.isBmpCodePoint(0x100)) {
            char c = '\u01C5';
            System.out.println("char api " + (int) Character.toUpperCase(c) + " " + (int) Character.toLowerCase(c)
                    + " " + (int) Character.toTitleCase('\u01C6') + " " + Character.getType('\u2160')
                    + " " + Character.digit('\u0669', 10) + " " + Character.getNumericValue('\u216C'));
        }
        System.out.println("invalid " + Character.getType(-1) + " " + Character.getType(0x110000) + " "
                + Character.toUpperCase(0x110000) + " " + Character.isLetter(0x110000) + " "
                + Character.digit(0x110000, 10) + " " + Character.getNumericValue(-5) + " " + Character.digit(0x660, 1));
        String[] words = {"\u01C6emal", "stra\u00DFe \uFB03", "\u1F80\u1FB3\u1FFC", "\u039F\u0394\u039F\u03A3 \u03A3", "\u0587 \u0149 \u0390",
            "\uD801\uDC28\uD801\uDC00", "I\u0130i\u0131", "\uFF41\uFF5A\u24D0"};
        for (String w : words) {
            System.out.println(hex(w) + " -> " + hex(w.toUpperCase()) + " / " + hex(w.toLowerCase())
                    + " ic=" + w.equalsIgnoreCase(w.toUpperCase()) + " cmp=" + Integer.signum(w.compareToIgnoreCase(w.toLowerCase())));
        }

        // Every code point: one hash per property, and counts per general category.
        int[] hash = new int[9];
        int[] types = new int[32];
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            types[type]++;
            hash[0] = hash[0] * 31 + type;
            hash[1] = hash[1] * 31 + Character.toUpperCase(cp);
            hash[2] = hash[2] * 31 + Character.toLowerCase(cp);
            hash[3] = hash[3] * 31 + Character.toTitleCase(cp);
            hash[4] = hash[4] * 31 + (b(Character.isUpperCase(cp)) | b(Character.isLowerCase(cp)) << 1
                    | b(Character.isAlphabetic(cp)) << 2 | b(Character.isIdeographic(cp)) << 3);
            hash[5] = hash[5] * 31 + Character.digit(cp, 36) * 37 + Character.digit(cp, 10);
            hash[6] = hash[6] * 31 + Character.getNumericValue(cp);
            if (type != Character.UNASSIGNED && type != Character.SURROGATE) {
                String up = new String(Character.toChars(cp)).toUpperCase();
                if (up.length() > Character.charCount(cp)) {
                    hash[7] = hash[7] * 31 + up.hashCode();
                    hash[8]++;
                }
            }
        }
        for (int i = 0; i < hash.length; i++) {
            System.out.println("hash" + i + " " + hash[i]);
        }
        StringBuilder t = new StringBuilder("types");
        for (int i = 0; i < types.length; i++) {
            t.append(' ').append(i).append('=').append(types[i]);
        }
        System.out.println(t);
    }
}
