/*
 * @fileoverview java.text.MessageFormat: "Hello {0}, you have {1,number,integer} messages",
 * with quoting ('' and '...'), argument types number (integer, percent, currency or a
 * DecimalFormat pattern) and choice (ChoiceFormat, whose result is formatted again when it holds
 * '{'). The date and time types are not supported (no DateFormat yet: applyPattern throws
 * IllegalArgumentException "date/time formats are not supported"). Parsing reads literal text and
 * string or number arguments back.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.text;

import java.util.ArrayList;
import java.util.Locale;

/** Formats messages with numbered arguments. */
public class MessageFormat extends Format {
    private static final long serialVersionUID = 6479157306784022952L;

    private Locale locale;
    /** Literal text; the arguments go at offsets[i] with argumentNumbers[i] and formats[i]. */
    private String pattern = "";
    private int[] offsets = new int[0];
    private int[] argumentNumbers = new int[0];
    private Format[] formats = new Format[0];

    public MessageFormat(String pattern) {
        this.locale = Locale.getDefault(Locale.Category.FORMAT);
        applyPattern(pattern);
    }

    public MessageFormat(String pattern, Locale locale) {
        this.locale = locale;
        applyPattern(pattern);
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public Locale getLocale() {
        return locale;
    }

    /** Reads the pattern into literal text and argument elements. */
    public void applyPattern(String pattern) {
        StringBuilder raw = new StringBuilder();
        StringBuilder[] segments = {raw, new StringBuilder(), new StringBuilder(), new StringBuilder()};
        ArrayList<Integer> offsetList = new ArrayList<>();
        ArrayList<Integer> numberList = new ArrayList<>();
        ArrayList<Format> formatList = new ArrayList<>();
        int part = 0;
        boolean inQuote = false;
        int braceStack = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (part == 0) {
                if (ch == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        raw.append(ch);
                        i++;
                    } else {
                        inQuote = !inQuote;
                    }
                } else if (ch == '{' && !inQuote) {
                    part = 1;
                    segments[1].setLength(0);
                    segments[2].setLength(0);
                    segments[3].setLength(0);
                } else {
                    raw.append(ch);
                }
            } else if (inQuote) {
                segments[part].append(ch);
                if (ch == '\'') {
                    inQuote = false;
                }
            } else {
                switch (ch) {
                    case ',':
                        if (part < 3) {
                            part++;
                        } else {
                            segments[part].append(ch);
                        }
                        break;
                    case '{':
                        braceStack++;
                        segments[part].append(ch);
                        break;
                    case '}':
                        if (braceStack == 0) {
                            part = 0;
                            offsetList.add(raw.length());
                            numberList.add(argumentNumber(segments[1].toString()));
                            formatList.add(makeFormat(segments[2].toString(), segments[3].toString()));
                        } else {
                            braceStack--;
                            segments[part].append(ch);
                        }
                        break;
                    case ' ':
                        // leading spaces of the type are skipped
                        if (part != 2 || segments[2].length() > 0) {
                            segments[part].append(ch);
                        }
                        break;
                    case '\'':
                        inQuote = true;
                        segments[part].append(ch);
                        break;
                    default:
                        segments[part].append(ch);
                        break;
                }
            }
        }
        if (braceStack == 0 && part != 0) {
            throw new IllegalArgumentException("Unmatched braces in the pattern.");
        }
        this.pattern = raw.toString();
        offsets = new int[offsetList.size()];
        argumentNumbers = new int[offsetList.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = offsetList.get(i);
            argumentNumbers[i] = numberList.get(i);
        }
        formats = formatList.toArray(new Format[0]);
    }

    private static int argumentNumber(String text) {
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("can't parse argument number: " + text, e);
        }
        if (n < 0) {
            throw new IllegalArgumentException("negative argument number: " + n);
        }
        return n;
    }

    private Format makeFormat(String type, String modifier) {
        String keyword = type.trim().toLowerCase(Locale.ROOT);
        switch (keyword) {
            case "":
                return null;
            case "number":
                switch (modifier.trim().toLowerCase(Locale.ROOT)) {
                    case "":
                        return NumberFormat.getInstance(locale);
                    case "currency":
                        return NumberFormat.getCurrencyInstance(locale);
                    case "percent":
                        return NumberFormat.getPercentInstance(locale);
                    case "integer":
                        return NumberFormat.getIntegerInstance(locale);
                    default:
                        return new DecimalFormat(modifier, DecimalFormatSymbols.getInstance(locale));
                }
            case "choice":
                try {
                    return new ChoiceFormat(modifier);
                } catch (Exception e) {
                    throw new IllegalArgumentException("Choice Pattern incorrect: " + modifier, e);
                }
            case "date":
            case "time":
                throw new IllegalArgumentException("date/time formats are not supported");
            default:
                throw new IllegalArgumentException("unknown format type: " + type);
        }
    }

    /** The pattern: literal text with quotes doubled and '{' quoted, then each element. */
    public String toPattern() {
        StringBuilder result = new StringBuilder();
        int last = 0;
        for (int i = 0; i < offsets.length; i++) {
            copyAndFixQuotes(pattern, last, offsets[i], result);
            last = offsets[i];
            result.append('{').append(argumentNumbers[i]);
            Format fmt = formats[i];
            if (fmt instanceof DecimalFormat) {
                if (fmt.equals(NumberFormat.getInstance(locale))) {
                    result.append(",number");
                } else if (fmt.equals(NumberFormat.getCurrencyInstance(locale))) {
                    result.append(",number,currency");
                } else if (fmt.equals(NumberFormat.getPercentInstance(locale))) {
                    result.append(",number,percent");
                } else if (fmt.equals(NumberFormat.getIntegerInstance(locale))) {
                    result.append(",number,integer");
                } else {
                    result.append(",number,").append(((DecimalFormat) fmt).toPattern());
                }
            } else if (fmt instanceof ChoiceFormat) {
                result.append(",choice,").append(((ChoiceFormat) fmt).toPattern());
            }
            result.append('}');
        }
        copyAndFixQuotes(pattern, last, pattern.length(), result);
        return result.toString();
    }

    private static void copyAndFixQuotes(String source, int start, int end, StringBuilder target) {
        boolean quoted = false;
        for (int i = start; i < end; i++) {
            char ch = source.charAt(i);
            if (ch == '{') {
                if (!quoted) {
                    target.append('\'');
                    quoted = true;
                }
                target.append(ch);
            } else if (ch == '\'') {
                target.append("''");
            } else {
                if (quoted) {
                    target.append('\'');
                    quoted = false;
                }
                target.append(ch);
            }
        }
        if (quoted) {
            target.append('\'');
        }
    }

    public Format[] getFormats() {
        return formats.clone();
    }

    public void setFormat(int formatElementIndex, Format newFormat) {
        formats[formatElementIndex] = newFormat;
    }

    /** {@code new MessageFormat(pattern).format(arguments)}. */
    public static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern).format(arguments);
    }

    public final StringBuffer format(Object[] arguments, StringBuffer result, FieldPosition pos) {
        return subformat(arguments, result);
    }

    @Override
    public final StringBuffer format(Object arguments, StringBuffer result, FieldPosition pos) {
        return subformat((Object[]) arguments, result);
    }

    private StringBuffer subformat(Object[] arguments, StringBuffer result) {
        int last = 0;
        for (int i = 0; i < offsets.length; i++) {
            result.append(pattern, last, offsets[i]);
            last = offsets[i];
            int argumentNumber = argumentNumbers[i];
            if (arguments == null || argumentNumber >= arguments.length) {
                result.append('{').append(argumentNumber).append('}');
                continue;
            }
            Object obj = arguments[argumentNumber];
            String arg;
            if (obj == null) {
                arg = "null";
            } else if (formats[i] != null) {
                arg = formats[i].format(obj);
                if (formats[i] instanceof ChoiceFormat && arg.indexOf('{') >= 0) {
                    arg = new MessageFormat(arg, locale).format(arguments);
                }
            } else if (obj instanceof Number) {
                arg = NumberFormat.getInstance(locale).format(obj);
            } else if (obj instanceof String) {
                arg = (String) obj;
            } else {
                arg = obj.toString();
            }
            result.append(arg);
        }
        result.append(pattern, last, pattern.length());
        return result;
    }

    /** Reads the arguments back: literal text must match; each argument runs to the next literal. */
    public Object[] parse(String source, ParsePosition pos) {
        if (source == null) {
            return new Object[0];
        }
        int maximumArgumentNumber = -1;
        for (int n : argumentNumbers) {
            maximumArgumentNumber = Math.max(maximumArgumentNumber, n);
        }
        Object[] resultArray = new Object[maximumArgumentNumber + 1];
        int patternOffset = 0;
        int sourceOffset = pos.index;
        for (int i = 0; i < offsets.length; i++) {
            int len = offsets[i] - patternOffset;
            if (len == 0 || pattern.regionMatches(patternOffset, source, sourceOffset, len)) {
                sourceOffset += len;
                patternOffset += len;
            } else {
                pos.errorIndex = sourceOffset;
                return null;
            }
            if (formats[i] == null) {
                int tempLength = i != offsets.length - 1 ? offsets[i + 1] : pattern.length();
                int next;
                if (patternOffset >= tempLength) {
                    next = source.length();
                } else {
                    next = source.indexOf(pattern.substring(patternOffset, tempLength), sourceOffset);
                }
                if (next < 0) {
                    pos.errorIndex = sourceOffset;
                    return null;
                }
                String strValue = source.substring(sourceOffset, next);
                if (!strValue.equals("{" + argumentNumbers[i] + "}")) {
                    resultArray[argumentNumbers[i]] = strValue;
                }
                sourceOffset = next;
            } else {
                pos.index = sourceOffset;
                resultArray[argumentNumbers[i]] = formats[i].parseObject(source, pos);
                if (pos.index == sourceOffset) {
                    pos.errorIndex = sourceOffset;
                    return null;
                }
                sourceOffset = pos.index;
            }
        }
        int len = pattern.length() - patternOffset;
        if (len == 0 || pattern.regionMatches(patternOffset, source, sourceOffset, len)) {
            pos.index = sourceOffset + len;
        } else {
            pos.errorIndex = sourceOffset;
            return null;
        }
        return resultArray;
    }

    public Object[] parse(String source) throws ParseException {
        ParsePosition pos = new ParsePosition(0);
        Object[] result = parse(source, pos);
        if (pos.index == 0) {
            throw new ParseException("MessageFormat parse error!", pos.errorIndex);
        }
        return result;
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return parse(source, pos);
    }

    @Override
    public Object clone() {
        MessageFormat other = (MessageFormat) super.clone();
        other.formats = formats.clone();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] != null) {
                other.formats[i] = (Format) formats[i].clone();
            }
        }
        other.offsets = offsets.clone();
        other.argumentNumbers = argumentNumbers.clone();
        return other;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        MessageFormat other = (MessageFormat) obj;
        return pattern.equals(other.pattern) && java.util.Arrays.equals(offsets, other.offsets)
                && java.util.Arrays.equals(argumentNumbers, other.argumentNumbers)
                && java.util.Arrays.equals(formats, other.formats)
                && (locale == null ? other.locale == null : locale.equals(other.locale));
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }
}
