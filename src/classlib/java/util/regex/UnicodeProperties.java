package java.util.regex;

/**
 * Names accepted by {@code \p{...}}: general categories, POSIX classes, java.lang.Character
 * predicates, binary properties ({@code IsAlphabetic}), Unicode scripts and blocks. Each lookup
 * returns a fresh, unsealed {@link CharClass}, or null for an unknown name. Case-insensitive
 * patterns widen the case-specific classes the way HotSpot does (e.g. {@code (?i)\p{Lu}}
 * matches any cased letter).
 */
final class UnicodeProperties {
    private UnicodeProperties() {
    }

    private static final String[] CATEGORY_NAMES = {
        "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
        "Cc", "Cf", null, "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf",
    };

    private static int mask(int... types) {
        int m = 0;
        for (int t : types) {
            m |= 1 << t;
        }
        return m;
    }

    /** General categories, POSIX names and java* names. */
    static CharClass forProperty(String name, boolean ci) {
        for (int t = 0; t < CATEGORY_NAMES.length; t++) {
            if (name.equals(CATEGORY_NAMES[t])) {
                if (ci && (t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER
                        || t == Character.TITLECASE_LETTER)) {
                    return CharClass.property(CharClass.P_CASED);
                }
                return CharClass.categories(1 << t);
            }
        }
        switch (name) {
            case "L":
                return CharClass.categories(mask(Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
                        Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER));
            case "M":
                return CharClass.categories(mask(Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                        Character.COMBINING_SPACING_MARK));
            case "N":
                return CharClass.categories(mask(Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                        Character.OTHER_NUMBER));
            case "Z":
                return CharClass.categories(mask(Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                        Character.PARAGRAPH_SEPARATOR));
            case "C":
                return CharClass.categories(mask(Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
                        Character.SURROGATE, Character.UNASSIGNED));
            case "P":
                return CharClass.categories(mask(Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION, Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION,
                        Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION));
            case "S":
                return CharClass.categories(mask(Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                        Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL));
            case "LC":
                if (ci) {
                    return CharClass.property(CharClass.P_CASED);
                }
                return CharClass.categories(mask(Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
                        Character.TITLECASE_LETTER));
            case "LD":
                return CharClass.categories(mask(Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
                        Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                        Character.DECIMAL_DIGIT_NUMBER));
            case "L1":
                return CharClass.range(0, 0xff);
            case "all":
                return CharClass.all();
            case "ASCII":
                return CharClass.range(0, 0x7f);
            case "Alnum":
                return CharClass.ranges('0', '9', 'a', 'z', 'A', 'Z');
            case "Alpha":
                return CharClass.ranges('a', 'z', 'A', 'Z');
            case "Blank":
                return CharClass.ranges(' ', ' ', '\t', '\t');
            case "Cntrl":
                return CharClass.ranges(0, 0x1f, 0x7f, 0x7f);
            case "Digit":
                return CharClass.range('0', '9');
            case "Graph":
                return CharClass.range(0x21, 0x7e);
            case "Lower":
                return ci ? CharClass.property(CharClass.P_ASCII_CASED) : CharClass.range('a', 'z');
            case "Print":
                return CharClass.range(0x20, 0x7e);
            case "Punct":
                return CharClass.ranges(0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e);
            case "Space":
                return CharClass.ranges('\t', '\r', ' ', ' ');
            case "Upper":
                return ci ? CharClass.property(CharClass.P_ASCII_CASED) : CharClass.range('A', 'Z');
            case "XDigit":
                return CharClass.ranges('0', '9', 'a', 'f', 'A', 'F');
            case "javaLowerCase":
                return CharClass.property(ci ? CharClass.P_CASED : CharClass.P_JAVA_LOWER);
            case "javaUpperCase":
                return CharClass.property(ci ? CharClass.P_CASED : CharClass.P_JAVA_UPPER);
            case "javaTitleCase":
                return CharClass.property(ci ? CharClass.P_CASED : CharClass.P_JAVA_TITLE);
            case "javaAlphabetic":
                return CharClass.property(CharClass.P_JAVA_ALPHABETIC);
            case "javaIdeographic":
                return CharClass.property(CharClass.P_JAVA_IDEOGRAPHIC);
            case "javaDigit":
                return CharClass.property(CharClass.P_JAVA_DIGIT);
            case "javaDefined":
                return CharClass.property(CharClass.P_JAVA_DEFINED);
            case "javaLetter":
                return CharClass.property(CharClass.P_JAVA_LETTER);
            case "javaLetterOrDigit":
                return CharClass.property(CharClass.P_JAVA_LETTER_OR_DIGIT);
            case "javaJavaIdentifierStart":
                return CharClass.property(CharClass.P_JAVA_ID_START);
            case "javaJavaIdentifierPart":
                return CharClass.property(CharClass.P_JAVA_ID_PART);
            case "javaUnicodeIdentifierStart":
                return CharClass.property(CharClass.P_JAVA_UNICODE_ID_START);
            case "javaUnicodeIdentifierPart":
                return CharClass.property(CharClass.P_JAVA_UNICODE_ID_PART);
            case "javaIdentifierIgnorable":
                return CharClass.property(CharClass.P_JAVA_IDENT_IGNORABLE);
            case "javaSpaceChar":
                return CharClass.property(CharClass.P_JAVA_SPACE_CHAR);
            case "javaWhitespace":
                return CharClass.property(CharClass.P_JAVA_WHITESPACE);
            case "javaISOControl":
                return CharClass.property(CharClass.P_JAVA_ISO_CONTROL);
            case "javaMirrored":
                return CharClass.property(CharClass.P_JAVA_MIRRORED);
            default:
                return null;
        }
    }

    /** Binary properties after "Is" (names compared in upper case, '_' and ' ' optional). */
    static CharClass forBinaryProperty(String name, boolean ci) {
        switch (name.toUpperCase()) {
            case "ALPHABETIC":
                return CharClass.property(CharClass.P_JAVA_ALPHABETIC);
            case "ASSIGNED":
                return CharClass.complement(CharClass.categories(1 << Character.UNASSIGNED));
            case "CONTROL":
                return CharClass.categories(1 << Character.CONTROL);
            case "HEXDIGIT":
            case "HEX_DIGIT":
                return CharClass.property(CharClass.P_HEX_DIGIT);
            case "IDEOGRAPHIC":
                return CharClass.property(CharClass.P_JAVA_IDEOGRAPHIC);
            case "JOINCONTROL":
            case "JOIN_CONTROL":
                return CharClass.property(CharClass.P_JOIN_CONTROL);
            case "LETTER":
                return CharClass.property(CharClass.P_JAVA_LETTER);
            case "LOWERCASE":
                return CharClass.property(ci ? CharClass.P_CASED : CharClass.P_JAVA_LOWER);
            case "UPPERCASE":
                return CharClass.property(ci ? CharClass.P_CASED : CharClass.P_JAVA_UPPER);
            case "TITLECASE":
                return CharClass.property(ci ? CharClass.P_CASED : CharClass.P_JAVA_TITLE);
            case "NONCHARACTERCODEPOINT":
            case "NONCHARACTER_CODE_POINT":
                return CharClass.property(CharClass.P_NONCHARACTER);
            case "PUNCTUATION":
                return CharClass.property(CharClass.P_PUNCTUATION);
            case "WHITESPACE":
            case "WHITE_SPACE":
                return CharClass.property(CharClass.P_WHITE_SPACE);
            case "WORD":
                return CharClass.property(CharClass.P_WORD);
            case "DIGIT":
                return CharClass.property(CharClass.P_JAVA_DIGIT);
            case "ALNUM":
                return CharClass.union(CharClass.property(CharClass.P_JAVA_ALPHABETIC),
                        CharClass.property(CharClass.P_JAVA_DIGIT));
            case "BLANK":
                return CharClass.property(CharClass.P_BLANK);
            case "GRAPH":
                return CharClass.property(CharClass.P_GRAPH);
            case "PRINT":
                return CharClass.property(CharClass.P_PRINT);
            default:
                return null;
        }
    }

    /** POSIX names under UNICODE_CHARACTER_CLASS. */
    static CharClass forPosixName(String name, boolean ci) {
        switch (name.toUpperCase()) {
            case "ALPHA":
                return CharClass.property(CharClass.P_JAVA_ALPHABETIC);
            case "LOWER":
                return CharClass.property(ci ? CharClass.P_CASED : CharClass.P_JAVA_LOWER);
            case "UPPER":
                return CharClass.property(ci ? CharClass.P_CASED : CharClass.P_JAVA_UPPER);
            case "SPACE":
                return CharClass.property(CharClass.P_WHITE_SPACE);
            case "PUNCT":
                return CharClass.property(CharClass.P_PUNCTUATION);
            case "XDIGIT":
                return CharClass.property(CharClass.P_HEX_DIGIT);
            case "ALNUM":
                return forBinaryProperty("ALNUM", ci);
            case "CNTRL":
                return CharClass.categories(1 << Character.CONTROL);
            case "DIGIT":
                return CharClass.property(CharClass.P_JAVA_DIGIT);
            case "BLANK":
                return CharClass.property(CharClass.P_BLANK);
            case "GRAPH":
                return CharClass.property(CharClass.P_GRAPH);
            case "PRINT":
                return CharClass.property(CharClass.P_PRINT);
            default:
                return null;
        }
    }

    /** A Unicode block by any of its names (Character.UnicodeBlock.forName), or null when unknown. */
    static CharClass forBlock(String name) {
        try {
            return CharClass.block(Character.UnicodeBlock.forName(name));
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /** A Unicode script by name or ISO 15924 code (Character.UnicodeScript.forName), or null. */
    static CharClass forScript(String name) {
        try {
            return CharClass.script(Character.UnicodeScript.forName(name));
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
