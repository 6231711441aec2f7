/** Character classification and conversion on ASCII text: a tokenizer for a small expression language. */
public class CharacterClasses {
    static String tokenize(String src) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < src.length() && Character.isDigit(src.charAt(j))) j++;
                out.append("NUM(").append(src, i, j).append(") ");
                i = j;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < src.length() && Character.isJavaIdentifierPart(src.charAt(j))) j++;
                String word = src.substring(i, j);
                out.append(Character.isUpperCase(word.charAt(0)) ? "TYPE(" : "ID(").append(word).append(") ");
                i = j;
            } else {
                out.append("SYM(").append(c).append(") ");
                i++;
            }
        }
        return out.toString().trim();
    }

    public static void main(String[] args) {
        System.out.println(tokenize("int count_1 = 42 + List.size(x$) * 7;"));
        System.out.println(tokenize("  Map<String, Integer>\tm\n= new_map(3)"));
        StringBuilder table = new StringBuilder();
        for (char c = ' '; c < 127; c++) {
            int flags = (Character.isLetter(c) ? 1 : 0) | (Character.isDigit(c) ? 2 : 0) | (Character.isLetterOrDigit(c) ? 4 : 0) | (Character.isWhitespace(c) ? 8 : 0)
                    | (Character.isUpperCase(c) ? 16 : 0) | (Character.isLowerCase(c) ? 32 : 0) | (Character.isAlphabetic(c) ? 64 : 0) | (Character.isSpaceChar(c) ? 128 : 0);
            table.append(Integer.toHexString(flags));
        }
        System.out.println(table);
        for (char c : new char[] {'\t', '\n', '\u000b', '\f', '\r', '\u001c', ' ', '\u00a0', 'x'}) System.out.print(Character.isWhitespace(c) ? 'W' : '-');
        System.out.println();
        System.out.println("case " + Character.toUpperCase('q') + Character.toLowerCase('Q') + Character.toUpperCase('5') + " " + Character.toUpperCase((int) 'z') + " title " + Character.toTitleCase('a'));
        System.out.println("numeric " + Character.getNumericValue('7') + " " + Character.getNumericValue('a') + " " + Character.getNumericValue('Z') + " " + Character.getNumericValue('-'));
        System.out.println("digit " + Character.digit('7', 10) + " " + Character.digit('a', 10) + " " + Character.digit('Z', 36));
        System.out.println("toString " + Character.toString('c') + Character.toString(65) + " valueOf " + Character.valueOf('v') + " toChars " + new String(Character.toChars(97)));
        System.out.println("compare " + Character.compare('a', 'b') + " " + Character.valueOf('z').compareTo('a') + " isISOControl " + Character.isISOControl('\u0007') + Character.isISOControl('a'));
        System.out.println("MIN_RADIX " + Character.MIN_RADIX + " MAX_RADIX " + Character.MAX_RADIX + " BYTES " + Character.BYTES + " SIZE " + Character.SIZE);
        System.out.println("surrogates " + Character.isHighSurrogate('\ud83d') + " " + Character.isLowSurrogate('\ude00') + " " + Character.isSurrogate('a') + " codepoint "
                + Character.toCodePoint('\ud83d', '\ude00') + " charCount " + Character.charCount(0x1F600));
        String word = "camelCaseIdentifierName";
        StringBuilder snake = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (Character.isUpperCase(c)) snake.append('_').append(Character.toLowerCase(c));
            else snake.append(c);
        }
        System.out.println(snake);
    }
}
