/*
 * Tern class library: builds DateTimeFormatters from printer-parsers
 * (java.time.format.DateTimeFormatterBuilder), including the pattern language of ofPattern.
 *
 * Adjacent value parsing: a variable-width number followed directly by fixed-width numbers
 * ("yyyyMMdd") reserves the digits the fixed-width ones need, so the year takes only what is
 * left. The first value parser of such a run records the total width of its followers.
 */
package java.time.format;

import static java.time.temporal.ChronoField.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.ChronoLocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.ValueRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public final class DateTimeFormatterBuilder {
    private DateTimeFormatterBuilder active = this;
    private final DateTimeFormatterBuilder parent;
    private final List<DateTimePrinterParser> printerParsers = new ArrayList<>();
    private final boolean optional;
    private int padNextWidth;
    private char padNextChar;
    private int valueParserIndex = -1;

    private static final Map<Character, TemporalField> FIELD_MAP = new HashMap<>();

    static {
        FIELD_MAP.put('G', ERA);
        FIELD_MAP.put('y', YEAR_OF_ERA);
        FIELD_MAP.put('u', YEAR);
        FIELD_MAP.put('Q', IsoFields.QUARTER_OF_YEAR);
        FIELD_MAP.put('q', IsoFields.QUARTER_OF_YEAR);
        FIELD_MAP.put('M', MONTH_OF_YEAR);
        FIELD_MAP.put('L', MONTH_OF_YEAR);
        FIELD_MAP.put('D', DAY_OF_YEAR);
        FIELD_MAP.put('d', DAY_OF_MONTH);
        FIELD_MAP.put('F', ALIGNED_DAY_OF_WEEK_IN_MONTH);
        FIELD_MAP.put('E', DAY_OF_WEEK);
        FIELD_MAP.put('a', AMPM_OF_DAY);
        FIELD_MAP.put('H', HOUR_OF_DAY);
        FIELD_MAP.put('k', CLOCK_HOUR_OF_DAY);
        FIELD_MAP.put('K', HOUR_OF_AMPM);
        FIELD_MAP.put('h', CLOCK_HOUR_OF_AMPM);
        FIELD_MAP.put('m', MINUTE_OF_HOUR);
        FIELD_MAP.put('s', SECOND_OF_MINUTE);
        FIELD_MAP.put('S', NANO_OF_SECOND);
        FIELD_MAP.put('A', MILLI_OF_DAY);
        FIELD_MAP.put('n', NANO_OF_SECOND);
        FIELD_MAP.put('N', NANO_OF_DAY);
    }

    public DateTimeFormatterBuilder() {
        parent = null;
        optional = false;
    }

    private DateTimeFormatterBuilder(DateTimeFormatterBuilder parent, boolean optional) {
        this.parent = parent;
        this.optional = optional;
    }

    public DateTimeFormatterBuilder parseCaseSensitive() {
        appendInternal(SettingsParser.SENSITIVE);
        return this;
    }

    public DateTimeFormatterBuilder parseCaseInsensitive() {
        appendInternal(SettingsParser.INSENSITIVE);
        return this;
    }

    public DateTimeFormatterBuilder parseStrict() {
        appendInternal(SettingsParser.STRICT);
        return this;
    }

    public DateTimeFormatterBuilder parseLenient() {
        appendInternal(SettingsParser.LENIENT);
        return this;
    }

    public DateTimeFormatterBuilder parseDefaulting(TemporalField field, long value) {
        Objects.requireNonNull(field, "field");
        appendInternal(new DefaultValueParser(field, value));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field) {
        Objects.requireNonNull(field, "field");
        appendValue(new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int width) {
        Objects.requireNonNull(field, "field");
        if (width < 1 || width > 19) {
            throw new IllegalArgumentException("The width must be from 1 to 19 inclusive but was " + width);
        }
        appendValue(new NumberPrinterParser(field, width, width, SignStyle.NOT_NEGATIVE));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle) {
        if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE) {
            return appendValue(field, maxWidth);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(signStyle, "signStyle");
        if (minWidth < 1 || minWidth > 19) {
            throw new IllegalArgumentException("The minimum width must be from 1 to 19 inclusive but was " + minWidth);
        }
        if (maxWidth < 1 || maxWidth > 19) {
            throw new IllegalArgumentException("The maximum width must be from 1 to 19 inclusive but was " + maxWidth);
        }
        if (maxWidth < minWidth) {
            throw new IllegalArgumentException("The maximum width must exceed or equal the minimum width but "
                    + maxWidth + " < " + minWidth);
        }
        appendValue(new NumberPrinterParser(field, minWidth, maxWidth, signStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendValueReduced(TemporalField field, int width, int maxWidth, int baseValue) {
        Objects.requireNonNull(field, "field");
        ReducedPrinterParser pp = new ReducedPrinterParser(field, width, maxWidth, baseValue, null);
        appendValue(pp);
        return this;
    }

    public DateTimeFormatterBuilder appendValueReduced(TemporalField field, int width, int maxWidth, ChronoLocalDate baseDate) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(baseDate, "baseDate");
        ReducedPrinterParser pp = new ReducedPrinterParser(field, width, maxWidth, 0, baseDate);
        appendValue(pp);
        return this;
    }

    private DateTimeFormatterBuilder appendValue(NumberPrinterParser pp) {
        if (active.valueParserIndex >= 0) {
            final int activeValueParser = active.valueParserIndex;
            NumberPrinterParser basePP = (NumberPrinterParser) active.printerParsers.get(activeValueParser);
            if (pp.minWidth == pp.maxWidth && pp.signStyle == SignStyle.NOT_NEGATIVE) {
                // A fixed-width follower: the run's first parser leaves room for it.
                basePP = basePP.withSubsequentWidth(pp.maxWidth);
                appendInternal(pp.withFixedWidth());
                active.valueParserIndex = activeValueParser;
            } else {
                basePP = basePP.withFixedWidth();
                active.valueParserIndex = appendInternal(pp);
            }
            active.printerParsers.set(activeValueParser, basePP);
        } else {
            active.valueParserIndex = appendInternal(pp);
        }
        return this;
    }

    public DateTimeFormatterBuilder appendFraction(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint) {
        if (minWidth == maxWidth && !decimalPoint) {
            appendValue(new FractionPrinterParser(field, minWidth, maxWidth, decimalPoint));
        } else {
            appendInternal(new FractionPrinterParser(field, minWidth, maxWidth, decimalPoint));
        }
        return this;
    }

    public DateTimeFormatterBuilder appendText(TemporalField field) {
        return appendText(field, TextStyle.FULL);
    }

    public DateTimeFormatterBuilder appendText(TemporalField field, TextStyle textStyle) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(textStyle, "textStyle");
        appendInternal(new TextPrinterParser(field, textStyle, null));
        return this;
    }

    public DateTimeFormatterBuilder appendText(TemporalField field, Map<Long, String> textLookup) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(textLookup, "textLookup");
        appendInternal(new TextPrinterParser(field, TextStyle.FULL, new HashMap<>(textLookup)));
        return this;
    }

    public DateTimeFormatterBuilder appendInstant() {
        appendInternal(new InstantPrinterParser(-2));
        return this;
    }

    public DateTimeFormatterBuilder appendInstant(int fractionalDigits) {
        if (fractionalDigits < -1 || fractionalDigits > 9) {
            throw new IllegalArgumentException("The fractional digits must be from -1 to 9 inclusive but was " + fractionalDigits);
        }
        appendInternal(new InstantPrinterParser(fractionalDigits));
        return this;
    }

    public DateTimeFormatterBuilder appendOffsetId() {
        appendInternal(OffsetIdPrinterParser.INSTANCE_ID_Z);
        return this;
    }

    public DateTimeFormatterBuilder appendOffset(String pattern, String noOffsetText) {
        appendInternal(new OffsetIdPrinterParser(pattern, noOffsetText));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneId() {
        appendInternal(new ZoneIdPrinterParser(TemporalQueries.zoneId(), "ZoneId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneRegionId() {
        appendInternal(new ZoneIdPrinterParser(QUERY_REGION_ONLY, "ZoneRegionId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneOrOffsetId() {
        appendInternal(new ZoneIdPrinterParser(TemporalQueries.zone(), "ZoneOrOffsetId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneText(TextStyle textStyle) {
        Objects.requireNonNull(textStyle, "textStyle");
        appendInternal(new ZoneTextPrinterParser(textStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendGenericZoneText(TextStyle textStyle) {
        Objects.requireNonNull(textStyle, "textStyle");
        appendInternal(new ZoneTextPrinterParser(textStyle, true));
        return this;
    }

    /** The zone of a temporal unless it is a plain offset. */
    private static final TemporalQuery<ZoneId> QUERY_REGION_ONLY = (temporal) -> {
        ZoneId zone = temporal.query(TemporalQueries.zoneId());
        return zone instanceof ZoneOffset ? null : zone;
    };

    public DateTimeFormatterBuilder appendLocalized(FormatStyle dateStyle, FormatStyle timeStyle) {
        if (dateStyle == null && timeStyle == null) {
            throw new IllegalArgumentException("Either the date or time style must be non-null");
        }
        appendInternal(new LocalizedPrinterParser(dateStyle, timeStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(char literal) {
        appendInternal(new CharLiteralPrinterParser(literal));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(String literal) {
        Objects.requireNonNull(literal, "literal");
        if (!literal.isEmpty()) {
            if (literal.length() == 1) {
                appendInternal(new CharLiteralPrinterParser(literal.charAt(0)));
            } else {
                appendInternal(new StringLiteralPrinterParser(literal));
            }
        }
        return this;
    }

    public DateTimeFormatterBuilder append(DateTimeFormatter formatter) {
        Objects.requireNonNull(formatter, "formatter");
        appendInternal(formatter.toPrinterParser(false));
        return this;
    }

    public DateTimeFormatterBuilder appendOptional(DateTimeFormatter formatter) {
        Objects.requireNonNull(formatter, "formatter");
        appendInternal(formatter.toPrinterParser(true));
        return this;
    }

    public DateTimeFormatterBuilder appendPattern(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        parsePattern(pattern);
        return this;
    }

    private void parsePattern(String pattern) {
        for (int pos = 0; pos < pattern.length(); pos++) {
            char cur = pattern.charAt(pos);
            if ((cur >= 'A' && cur <= 'Z') || (cur >= 'a' && cur <= 'z')) {
                int start = pos++;
                for (; pos < pattern.length() && pattern.charAt(pos) == cur; pos++) {
                    // count the run of letters
                }
                int count = pos - start;
                if (cur == 'p') {
                    int pad = 0;
                    if (pos < pattern.length()) {
                        cur = pattern.charAt(pos);
                        if ((cur >= 'A' && cur <= 'Z') || (cur >= 'a' && cur <= 'z')) {
                            pad = count;
                            start = pos++;
                            for (; pos < pattern.length() && pattern.charAt(pos) == cur; pos++) {
                                // count the padded letters
                            }
                            count = pos - start;
                        }
                    }
                    if (pad == 0) {
                        throw new IllegalArgumentException("Pad letter 'p' must be followed by valid pad pattern: " + pattern);
                    }
                    padNext(pad);
                }
                TemporalField field = FIELD_MAP.get(cur);
                if (field != null) {
                    parseField(cur, count, field);
                } else if (cur == 'z') {
                    if (count > 4) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    } else if (count == 4) {
                        appendZoneText(TextStyle.FULL);
                    } else {
                        appendZoneText(TextStyle.SHORT);
                    }
                } else if (cur == 'V') {
                    if (count != 2) {
                        throw new IllegalArgumentException("Pattern letter count must be 2: " + cur);
                    }
                    appendZoneId();
                } else if (cur == 'Z') {
                    if (count < 4) {
                        appendOffset("+HHMM", "+0000");
                    } else if (count == 4) {
                        appendInternal(new LocalizedOffsetPrinterParser(TextStyle.FULL));
                    } else if (count == 5) {
                        appendOffset("+HH:MM:ss", "Z");
                    } else {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                } else if (cur == 'O') {
                    if (count == 1) {
                        appendInternal(new LocalizedOffsetPrinterParser(TextStyle.SHORT));
                    } else if (count == 4) {
                        appendInternal(new LocalizedOffsetPrinterParser(TextStyle.FULL));
                    } else {
                        throw new IllegalArgumentException("Pattern letter count must be 1 or 4: " + cur);
                    }
                } else if (cur == 'X') {
                    if (count > 5) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                    appendOffset(OffsetIdPrinterParser.PATTERNS[count + (count == 1 ? 0 : 1)], "Z");
                } else if (cur == 'x') {
                    if (count > 5) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                    String zero = (count == 1 ? "+00" : (count % 2 == 0 ? "+0000" : "+00:00"));
                    appendOffset(OffsetIdPrinterParser.PATTERNS[count + (count == 1 ? 0 : 1)], zero);
                } else if (cur == 'w') {
                    if (count > 2) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                    appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 2));
                } else if (cur == 'W') {
                    if (count > 1) {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                    appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 1));
                } else if (cur == 'Y') {
                    if (count == 2) {
                        appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 2));
                    } else {
                        appendValue(new WeekBasedFieldPrinterParser(cur, count, count, 19));
                    }
                } else if (cur == 'e' || cur == 'c') {
                    if (count == 1 || (cur == 'e' && count == 2)) {
                        appendValue(new WeekBasedFieldPrinterParser(cur, count, count, count));
                    } else if (cur == 'c' && count == 2) {
                        throw new IllegalArgumentException("Invalid pattern \"cc\"");
                    } else if (count == 3) {
                        appendText(DAY_OF_WEEK, cur == 'c' ? TextStyle.SHORT_STANDALONE : TextStyle.SHORT);
                    } else if (count == 4) {
                        appendText(DAY_OF_WEEK, cur == 'c' ? TextStyle.FULL_STANDALONE : TextStyle.FULL);
                    } else if (count == 5) {
                        appendText(DAY_OF_WEEK, cur == 'c' ? TextStyle.NARROW_STANDALONE : TextStyle.NARROW);
                    } else {
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                    }
                } else if (cur == 'v') {
                    if (count == 1) {
                        appendGenericZoneText(TextStyle.SHORT);
                    } else if (count == 4) {
                        appendGenericZoneText(TextStyle.FULL);
                    } else {
                        throw new IllegalArgumentException("Wrong number of pattern letters: " + cur);
                    }
                } else if (cur == 'B' || cur == 'g') {
                    throw new IllegalArgumentException("Pattern letter '" + cur + "' (day periods, modified Julian day) is not supported by Tern's class library");
                } else {
                    throw new IllegalArgumentException("Unknown pattern letter: " + cur);
                }
                pos--;
            } else if (cur == '\'') {
                int start = pos++;
                for (; pos < pattern.length(); pos++) {
                    if (pattern.charAt(pos) == '\'') {
                        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '\'') {
                            pos++;
                        } else {
                            break;
                        }
                    }
                }
                if (pos >= pattern.length()) {
                    throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + pattern);
                }
                String str = pattern.substring(start + 1, pos);
                if (str.isEmpty()) {
                    appendLiteral('\'');
                } else {
                    appendLiteral(str.replace("''", "'"));
                }
            } else if (cur == '[') {
                optionalStart();
            } else if (cur == ']') {
                if (active.parent == null) {
                    throw new IllegalArgumentException("Pattern invalid as it contains ] without previous [");
                }
                optionalEnd();
            } else if (cur == '{' || cur == '}' || cur == '#') {
                throw new IllegalArgumentException("Pattern includes reserved character: '" + cur + "'");
            } else {
                appendLiteral(cur);
            }
        }
    }

    private void parseField(char cur, int count, TemporalField field) {
        boolean standalone = false;
        switch (cur) {
            case 'u':
            case 'y':
                if (count == 2) {
                    appendValueReduced(field, 2, 2, LocalDate.of(2000, 1, 1));
                } else if (count < 4) {
                    appendValue(field, count, 19, SignStyle.NORMAL);
                } else {
                    appendValue(field, count, 19, SignStyle.EXCEEDS_PAD);
                }
                break;
            case 'L':
            case 'q':
                standalone = true;
                // fall through
            case 'M':
            case 'Q':
            case 'E':
                switch (count) {
                    case 1:
                    case 2:
                        if (cur == 'E') {
                            appendText(field, TextStyle.SHORT);
                        } else if (count == 1) {
                            appendValue(field);
                        } else {
                            appendValue(field, 2);
                        }
                        break;
                    case 3:
                        appendText(field, standalone ? TextStyle.SHORT_STANDALONE : TextStyle.SHORT);
                        break;
                    case 4:
                        appendText(field, standalone ? TextStyle.FULL_STANDALONE : TextStyle.FULL);
                        break;
                    case 5:
                        appendText(field, standalone ? TextStyle.NARROW_STANDALONE : TextStyle.NARROW);
                        break;
                    default:
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'a':
                if (count == 1) {
                    appendText(field, TextStyle.SHORT);
                } else {
                    throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'G':
                switch (count) {
                    case 1:
                    case 2:
                    case 3:
                        appendText(field, TextStyle.SHORT);
                        break;
                    case 4:
                        appendText(field, TextStyle.FULL);
                        break;
                    case 5:
                        appendText(field, TextStyle.NARROW);
                        break;
                    default:
                        throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'S':
                appendFraction(NANO_OF_SECOND, count, count, false);
                break;
            case 'F':
                if (count == 1) {
                    appendValue(field);
                } else {
                    throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'd':
            case 'h':
            case 'H':
            case 'k':
            case 'K':
            case 'm':
            case 's':
                if (count == 1) {
                    appendValue(field);
                } else if (count == 2) {
                    appendValue(field, count);
                } else {
                    throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'D':
                if (count == 1) {
                    appendValue(field);
                } else if (count == 2 || count == 3) {
                    appendValue(field, count, 3, SignStyle.NOT_NEGATIVE);
                } else {
                    throw new IllegalArgumentException("Too many pattern letters: " + cur);
                }
                break;
            case 'A':
            case 'n':
            case 'N':
                appendValue(field, count, 19, SignStyle.NOT_NEGATIVE);
                break;
            default:
                if (count == 1) {
                    appendValue(field);
                } else {
                    appendValue(field, count);
                }
                break;
        }
    }

    public DateTimeFormatterBuilder padNext(int padWidth) {
        return padNext(padWidth, ' ');
    }

    public DateTimeFormatterBuilder padNext(int padWidth, char padChar) {
        if (padWidth < 1) {
            throw new IllegalArgumentException("The pad width must be at least one but was " + padWidth);
        }
        active.padNextWidth = padWidth;
        active.padNextChar = padChar;
        active.valueParserIndex = -1;
        return this;
    }

    public DateTimeFormatterBuilder optionalStart() {
        active.valueParserIndex = -1;
        active = new DateTimeFormatterBuilder(active, true);
        return this;
    }

    public DateTimeFormatterBuilder optionalEnd() {
        if (active.parent == null) {
            throw new IllegalStateException("Cannot call optionalEnd() as there was no previous call to optionalStart()");
        }
        if (active.printerParsers.size() > 0) {
            CompositePrinterParser cpp = new CompositePrinterParser(active.printerParsers, active.optional);
            active = active.parent;
            appendInternal(cpp);
        } else {
            active = active.parent;
        }
        return this;
    }

    private int appendInternal(DateTimePrinterParser pp) {
        Objects.requireNonNull(pp, "pp");
        if (active.padNextWidth > 0) {
            pp = new PadPrinterParserDecorator(pp, active.padNextWidth, active.padNextChar);
            active.padNextWidth = 0;
            active.padNextChar = 0;
        }
        active.printerParsers.add(pp);
        active.valueParserIndex = -1;
        return active.printerParsers.size() - 1;
    }

    public DateTimeFormatter toFormatter() {
        return toFormatter(Locale.getDefault(Locale.Category.FORMAT));
    }

    public DateTimeFormatter toFormatter(Locale locale) {
        return toFormatter(locale, ResolverStyle.SMART, null);
    }

    DateTimeFormatter toFormatter(ResolverStyle resolverStyle, java.time.chrono.Chronology chrono) {
        return toFormatter(Locale.getDefault(Locale.Category.FORMAT), resolverStyle, chrono);
    }

    private DateTimeFormatter toFormatter(Locale locale, ResolverStyle resolverStyle, java.time.chrono.Chronology chrono) {
        Objects.requireNonNull(locale, "locale");
        while (active.parent != null) {
            optionalEnd();
        }
        CompositePrinterParser pp = new CompositePrinterParser(printerParsers, false);
        return new DateTimeFormatter(pp, locale, resolverStyle, chrono, null);
    }

    // -----------------------------------------------------------------------
    /** Prints to and parses from text; parse returns the new position, or ~errorPosition. */
    interface DateTimePrinterParser {
        boolean format(DateTimePrintContext context, StringBuilder buf);

        int parse(DateTimeParseContext context, CharSequence text, int position);
    }

    /** A sequence of printer-parsers, optional ones included as a unit. */
    static final class CompositePrinterParser implements DateTimePrinterParser {
        private final DateTimePrinterParser[] printerParsers;
        private final boolean optional;

        CompositePrinterParser(List<DateTimePrinterParser> printerParsers, boolean optional) {
            this(printerParsers.toArray(new DateTimePrinterParser[0]), optional);
        }

        CompositePrinterParser(DateTimePrinterParser[] printerParsers, boolean optional) {
            this.printerParsers = printerParsers;
            this.optional = optional;
        }

        CompositePrinterParser withOptional(boolean optional) {
            if (optional == this.optional) {
                return this;
            }
            return new CompositePrinterParser(printerParsers, optional);
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            int length = buf.length();
            if (optional) {
                context.startOptional();
            }
            try {
                for (DateTimePrinterParser pp : printerParsers) {
                    if (!pp.format(context, buf)) {
                        buf.setLength(length);
                        return true;
                    }
                }
            } finally {
                if (optional) {
                    context.endOptional();
                }
            }
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            if (optional) {
                context.startOptional();
                int pos = position;
                for (DateTimePrinterParser pp : printerParsers) {
                    pos = pp.parse(context, text, pos);
                    if (pos < 0) {
                        context.endOptional(false);
                        return position;
                    }
                }
                context.endOptional(true);
                return pos;
            } else {
                for (DateTimePrinterParser pp : printerParsers) {
                    position = pp.parse(context, text, position);
                    if (position < 0) {
                        break;
                    }
                }
                return position;
            }
        }

        @Override
        public String toString() {
            StringBuilder buf = new StringBuilder();
            if (printerParsers != null) {
                buf.append(optional ? "[" : "(");
                for (DateTimePrinterParser pp : printerParsers) {
                    buf.append(pp);
                }
                buf.append(optional ? "]" : ")");
            }
            return buf.toString();
        }
    }

    /** Pads the output of another printer-parser on the left to a width. */
    static final class PadPrinterParserDecorator implements DateTimePrinterParser {
        private final DateTimePrinterParser printerParser;
        private final int padWidth;
        private final char padChar;

        PadPrinterParserDecorator(DateTimePrinterParser printerParser, int padWidth, char padChar) {
            this.printerParser = printerParser;
            this.padWidth = padWidth;
            this.padChar = padChar;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            int preLen = buf.length();
            if (!printerParser.format(context, buf)) {
                return false;
            }
            int len = buf.length() - preLen;
            if (len > padWidth) {
                throw new DateTimeException("Cannot print as output of " + len + " characters exceeds pad width of " + padWidth);
            }
            for (int i = 0; i < padWidth - len; i++) {
                buf.insert(preLen, padChar);
            }
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            final boolean strict = context.isStrict();
            if (position > text.length()) {
                throw new IndexOutOfBoundsException();
            }
            if (position == text.length()) {
                return ~position;
            }
            int endPos = position + padWidth;
            if (endPos > text.length()) {
                if (strict) {
                    return ~position;
                }
                endPos = text.length();
            }
            int pos = position;
            while (pos < endPos && context.charEquals(text.charAt(pos), padChar)) {
                pos++;
            }
            text = text.subSequence(0, endPos);
            int resultPos = printerParser.parse(context, text, pos);
            if (resultPos != endPos && strict) {
                return ~(position + pos);
            }
            return resultPos;
        }

        @Override
        public String toString() {
            return "Pad(" + printerParser + "," + padWidth + (padChar == ' ' ? ")" : ",'" + padChar + "')");
        }
    }

    /** Switches case sensitivity or strictness for the rest of the parse. */
    enum SettingsParser implements DateTimePrinterParser {
        SENSITIVE, INSENSITIVE, STRICT, LENIENT;

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            switch (ordinal()) {
                case 0:
                    context.setCaseSensitive(true);
                    break;
                case 1:
                    context.setCaseSensitive(false);
                    break;
                case 2:
                    context.setStrict(true);
                    break;
                default:
                    context.setStrict(false);
                    break;
            }
            return position;
        }

        @Override
        public String toString() {
            switch (ordinal()) {
                case 0:
                    return "ParseCaseSensitive(true)";
                case 1:
                    return "ParseCaseSensitive(false)";
                case 2:
                    return "ParseStrict(true)";
                default:
                    return "ParseStrict(false)";
            }
        }
    }

    /** Supplies a field value when the text did not. */
    static final class DefaultValueParser implements DateTimePrinterParser {
        private final TemporalField field;
        private final long value;

        DefaultValueParser(TemporalField field, long value) {
            this.field = field;
            this.value = value;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            if (context.getParsed(field) == null) {
                context.setParsedField(field, value, position, position);
            }
            return position;
        }

        @Override
        public String toString() {
            return "Default(" + field + "," + value + ")";
        }
    }

    /**
     * Localized date and time styles. Tern has only US English data (CLDR's "en" patterns),
     * used for every locale.
     */
    static final class LocalizedPrinterParser implements DateTimePrinterParser {
        private final FormatStyle dateStyle;
        private final FormatStyle timeStyle;
        private CompositePrinterParser formatter;
        private CompositePrinterParser formatterGb;

        LocalizedPrinterParser(FormatStyle dateStyle, FormatStyle timeStyle) {
            this.dateStyle = dateStyle;
            this.timeStyle = timeStyle;
        }

        private static String datePattern(FormatStyle style, boolean gb) {
            switch (style) {
                case FULL:
                    return gb ? "EEEE, d MMMM y" : "EEEE, MMMM d, y";
                case LONG:
                    return gb ? "d MMMM y" : "MMMM d, y";
                case MEDIUM:
                    return gb ? "d MMM y" : "MMM d, y";
                default:
                    return gb ? "dd/MM/y" : "M/d/yy";
            }
        }

        private static String timePattern(FormatStyle style, boolean gb) {
            switch (style) {
                case FULL:
                    return gb ? "HH:mm:ss zzzz" : "h:mm:ss a zzzz";
                case LONG:
                    return gb ? "HH:mm:ss z" : "h:mm:ss a z";
                case MEDIUM:
                    return gb ? "HH:mm:ss" : "h:mm:ss a";
                default:
                    return gb ? "HH:mm" : "h:mm a";
            }
        }

        /** The patterns of en_GB, or of en (US) for every other locale. */
        private CompositePrinterParser formatter(Locale locale) {
            boolean gb = locale.getLanguage().equals("en") && locale.getCountry().equals("GB");
            if (gb ? formatterGb == null : formatter == null) {
                String pattern;
                if (timeStyle == null) {
                    pattern = datePattern(dateStyle, gb);
                } else if (dateStyle == null) {
                    pattern = timePattern(timeStyle, gb);
                } else if (dateStyle == FormatStyle.FULL || dateStyle == FormatStyle.LONG) {
                    pattern = datePattern(dateStyle, gb) + " 'at' " + timePattern(timeStyle, gb);
                } else {
                    pattern = datePattern(dateStyle, gb) + ", " + timePattern(timeStyle, gb);
                }
                CompositePrinterParser pp = new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter().toPrinterParser(false);
                if (gb) {
                    formatterGb = pp;
                } else {
                    formatter = pp;
                }
            }
            return gb ? formatterGb : formatter;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            return formatter(context.getLocale()).format(context, buf);
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            return formatter(context.getLocale()).parse(context, text, position);
        }

        @Override
        public String toString() {
            return "Localized(" + (dateStyle != null ? dateStyle : "") + "," + (timeStyle != null ? timeStyle : "") + ")";
        }
    }

    /** One literal character. */
    static final class CharLiteralPrinterParser implements DateTimePrinterParser {
        private final char literal;

        CharLiteralPrinterParser(char literal) {
            this.literal = literal;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position == length) {
                return ~position;
            }
            char ch = text.charAt(position);
            if (!context.charEquals(literal, ch)) {
                return ~position;
            }
            return position + 1;
        }

        @Override
        public String toString() {
            if (literal == '\'') {
                return "''";
            }
            return "'" + literal + "'";
        }
    }

    /** A literal string. */
    static final class StringLiteralPrinterParser implements DateTimePrinterParser {
        private final String literal;

        StringLiteralPrinterParser(String literal) {
            this.literal = literal;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position > length || position < 0) {
                throw new IndexOutOfBoundsException();
            }
            if (!context.subSequenceEquals(text, position, literal, 0, literal.length())) {
                return ~position;
            }
            return position + literal.length();
        }

        @Override
        public String toString() {
            String converted = literal.replace("'", "''");
            return "'" + converted + "'";
        }
    }

    /** A number, optionally signed and padded. */
    static class NumberPrinterParser implements DateTimePrinterParser {
        static final long[] EXCEED_POINTS = new long[] {
            0L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L, 1000000000L, 10000000000L,
        };

        final TemporalField field;
        final int minWidth;
        final int maxWidth;
        final SignStyle signStyle;
        /** Digits reserved for the fixed-width parsers that follow; -1 = this one is fixed width. */
        final int subsequentWidth;

        NumberPrinterParser(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle) {
            this(field, minWidth, maxWidth, signStyle, 0);
        }

        NumberPrinterParser(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle, int subsequentWidth) {
            this.field = field;
            this.minWidth = minWidth;
            this.maxWidth = maxWidth;
            this.signStyle = signStyle;
            this.subsequentWidth = subsequentWidth;
        }

        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) {
                return this;
            }
            return new NumberPrinterParser(field, minWidth, maxWidth, signStyle, -1);
        }

        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new NumberPrinterParser(field, minWidth, maxWidth, signStyle, this.subsequentWidth + subsequentWidth);
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            Long valueLong = context.getValue(field);
            if (valueLong == null) {
                return false;
            }
            long value = getValue(context, valueLong);
            String str = (value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value)));
            if (str.length() > maxWidth) {
                throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                        + " exceeds the maximum print width of " + maxWidth);
            }
            if (value >= 0) {
                switch (signStyle) {
                    case EXCEEDS_PAD:
                        if (minWidth < 19 && value >= EXCEED_POINTS[minWidth]) {
                            buf.append('+');
                        }
                        break;
                    case ALWAYS:
                        buf.append('+');
                        break;
                    default:
                        break;
                }
            } else {
                switch (signStyle) {
                    case NORMAL:
                    case EXCEEDS_PAD:
                    case ALWAYS:
                        buf.append('-');
                        break;
                    case NOT_NEGATIVE:
                        throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                                + " cannot be negative according to the SignStyle");
                    default:
                        break;
                }
            }
            for (int i = 0; i < minWidth - str.length(); i++) {
                buf.append('0');
            }
            buf.append(str);
            return true;
        }

        long getValue(DateTimePrintContext context, long value) {
            return value;
        }

        boolean isFixedWidth(DateTimeParseContext context) {
            return subsequentWidth == -1 || (subsequentWidth > 0 && minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE);
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position == length) {
                return ~position;
            }
            char sign = text.charAt(position);
            boolean negative = false;
            boolean positive = false;
            if (sign == '+') {
                if (!signStyle.parse(true, context.isStrict(), minWidth == maxWidth)) {
                    return ~position;
                }
                positive = true;
                position++;
            } else if (sign == '-') {
                if (!signStyle.parse(false, context.isStrict(), minWidth == maxWidth)) {
                    return ~position;
                }
                negative = true;
                position++;
            } else if (signStyle == SignStyle.ALWAYS && context.isStrict()) {
                return ~position;
            }
            int effMinWidth = (context.isStrict() || isFixedWidth(context) ? minWidth : 1);
            int minEndPos = position + effMinWidth;
            if (minEndPos > length) {
                return ~position;
            }
            int effMaxWidth = (context.isStrict() || isFixedWidth(context) ? maxWidth : 9) + Math.max(subsequentWidth, 0);
            long total = 0;
            boolean overflow = false;
            int pos = position;
            for (int pass = 0; pass < 2; pass++) {
                int maxEndPos = Math.min(pos + effMaxWidth, length);
                while (pos < maxEndPos) {
                    char ch = text.charAt(pos++);
                    int digit = (ch >= '0' && ch <= '9') ? ch - '0' : -1;
                    if (digit < 0) {
                        pos--;
                        if (pos < minEndPos) {
                            return ~position;
                        }
                        break;
                    }
                    if ((pos - position) > 18) {
                        overflow = true;
                    } else {
                        total = total * 10 + digit;
                    }
                }
                if (subsequentWidth > 0 && pass == 0) {
                    // Leave the digits the following fixed-width fields need.
                    int parseLen = pos - position;
                    effMaxWidth = Math.max(effMinWidth, parseLen - subsequentWidth);
                    pos = position;
                    total = 0;
                    overflow = false;
                } else {
                    break;
                }
            }
            if (overflow) {
                // More than 18 digits: only 19-digit values within a long are meaningful here.
                String digits = text.subSequence(position, pos).toString();
                try {
                    total = Long.parseLong(negative ? "-" + digits : digits);
                    negative = false;
                } catch (NumberFormatException ex) {
                    return ~position;
                }
            }
            if (negative) {
                if (total == 0 && context.isStrict()) {
                    return ~(position - 1);
                }
                total = -total;
            } else if (signStyle == SignStyle.EXCEEDS_PAD && context.isStrict()) {
                int parseLen = pos - position;
                if (positive) {
                    if (parseLen <= minWidth) {
                        return ~(position - 1);
                    }
                } else {
                    if (parseLen > minWidth) {
                        return ~position;
                    }
                }
            }
            return setValue(context, total, position, pos);
        }

        int setValue(DateTimeParseContext context, long value, int errorPos, int successPos) {
            return context.setParsedField(field, value, errorPos, successPos);
        }

        @Override
        public String toString() {
            if (minWidth == 1 && maxWidth == 19 && signStyle == SignStyle.NORMAL) {
                return "Value(" + field + ")";
            }
            if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE) {
                return "Value(" + field + "," + minWidth + ")";
            }
            return "Value(" + field + "," + minWidth + "," + maxWidth + "," + signStyle + ")";
        }
    }

    /**
     * Week-based letters (Y w W e c): a number over the WeekFields of the locale in use at
     * format or parse time.
     */
    static final class WeekBasedFieldPrinterParser extends NumberPrinterParser {
        private final char chr;
        private final int count;

        WeekBasedFieldPrinterParser(char chr, int count, int minWidth, int maxWidth) {
            this(chr, count, minWidth, maxWidth, 0);
        }

        private WeekBasedFieldPrinterParser(char chr, int count, int minWidth, int maxWidth, int subsequentWidth) {
            super(null, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.chr = chr;
            this.count = count;
        }

        @Override
        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) {
                return this;
            }
            return new WeekBasedFieldPrinterParser(chr, count, minWidth, maxWidth, -1);
        }

        @Override
        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new WeekBasedFieldPrinterParser(chr, count, minWidth, maxWidth, this.subsequentWidth + subsequentWidth);
        }

        private NumberPrinterParser printerParser(Locale locale) {
            java.time.temporal.WeekFields weekDef = java.time.temporal.WeekFields.of(locale);
            switch (chr) {
                case 'Y': {
                    TemporalField field = weekDef.weekBasedYear();
                    if (count == 2) {
                        return new ReducedPrinterParser(field, 2, 2, 0, LocalDate.of(2000, 1, 1), subsequentWidth);
                    }
                    return new NumberPrinterParser(field, count, 19, (count < 4) ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD, subsequentWidth);
                }
                case 'e':
                case 'c':
                    return new NumberPrinterParser(weekDef.dayOfWeek(), count, 2, SignStyle.NOT_NEGATIVE, subsequentWidth);
                case 'w':
                    return new NumberPrinterParser(weekDef.weekOfWeekBasedYear(), count, 2, SignStyle.NOT_NEGATIVE, subsequentWidth);
                default:
                    return new NumberPrinterParser(weekDef.weekOfMonth(), 1, 2, SignStyle.NOT_NEGATIVE, subsequentWidth);
            }
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            return printerParser(context.getLocale()).format(context, buf);
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            return printerParser(context.getLocale()).parse(context, text, position);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(30);
            sb.append("Localized(");
            if (chr == 'Y') {
                if (count == 1) {
                    sb.append("WeekBasedYear");
                } else if (count == 2) {
                    sb.append("ReducedValue(WeekBasedYear,2,2,2000-01-01)");
                } else {
                    sb.append("WeekBasedYear,").append(count).append(",").append(19).append(",")
                            .append((count < 4) ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD);
                }
            } else {
                switch (chr) {
                    case 'c':
                    case 'e':
                        sb.append("DayOfWeek");
                        break;
                    case 'w':
                        sb.append("WeekOfWeekBasedYear");
                        break;
                    default:
                        sb.append("WeekOfMonth");
                        break;
                }
                sb.append(",");
                sb.append(count);
            }
            sb.append(")");
            return sb.toString();
        }
    }

    /** A two-digit (or other reduced) year relative to a base value, e.g. 21 -> 2021. */
    static final class ReducedPrinterParser extends NumberPrinterParser {
        private final int baseValue;
        private final ChronoLocalDate baseDate;

        ReducedPrinterParser(TemporalField field, int minWidth, int maxWidth, int baseValue, ChronoLocalDate baseDate) {
            this(field, minWidth, maxWidth, baseValue, baseDate, 0);
            if (minWidth < 1 || minWidth > 10) {
                throw new IllegalArgumentException("The minWidth must be from 1 to 10 inclusive but was " + minWidth);
            }
            if (maxWidth < 1 || maxWidth > 10) {
                throw new IllegalArgumentException("The maxWidth must be from 1 to 10 inclusive but was " + minWidth);
            }
            if (maxWidth < minWidth) {
                throw new IllegalArgumentException("Maximum width must exceed or equal the minimum width but "
                        + maxWidth + " < " + minWidth);
            }
            if (baseDate == null) {
                if (!field.range().isValidValue(baseValue)) {
                    throw new IllegalArgumentException("The base value must be within the range of the field");
                }
                if ((((long) baseValue) + EXCEED_POINTS[maxWidth]) > Integer.MAX_VALUE) {
                    throw new DateTimeException("Unable to add printer-parser as the range exceeds the capacity of an int");
                }
            }
        }

        ReducedPrinterParser(TemporalField field, int minWidth, int maxWidth, int baseValue, ChronoLocalDate baseDate, int subsequentWidth) {
            super(field, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.baseValue = baseValue;
            this.baseDate = baseDate;
        }

        private int base() {
            return baseDate != null ? baseDate.get(field) : baseValue;
        }

        @Override
        long getValue(DateTimePrintContext context, long value) {
            long absValue = Math.abs(value);
            int baseValue = base();
            if (value >= baseValue && value < baseValue + EXCEED_POINTS[minWidth]) {
                return absValue % EXCEED_POINTS[minWidth];
            }
            return absValue % EXCEED_POINTS[maxWidth];
        }

        @Override
        int setValue(DateTimeParseContext context, long value, int errorPos, int successPos) {
            int baseValue = base();
            int parseLen = successPos - errorPos;
            if (parseLen == minWidth && value >= 0) {
                long range = EXCEED_POINTS[minWidth];
                long lastPart = baseValue % range;
                long basePart = baseValue - lastPart;
                if (baseValue > 0) {
                    value = basePart + value;
                } else {
                    value = basePart - value;
                }
                if (value < baseValue) {
                    value += range;
                }
            }
            return context.setParsedField(field, value, errorPos, successPos);
        }

        @Override
        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) {
                return this;
            }
            return new ReducedPrinterParser(field, minWidth, maxWidth, baseValue, baseDate, -1);
        }

        @Override
        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new ReducedPrinterParser(field, minWidth, maxWidth, baseValue, baseDate, this.subsequentWidth + subsequentWidth);
        }

        @Override
        boolean isFixedWidth(DateTimeParseContext context) {
            if (!context.isStrict()) {
                return false;
            }
            return super.isFixedWidth(context);
        }

        @Override
        public String toString() {
            return "ReducedValue(" + field + "," + minWidth + "," + maxWidth + "," + (baseDate != null ? baseDate : baseValue) + ")";
        }
    }

    /** A fraction of a field's range, e.g. nano-of-second as ".123". */
    static final class FractionPrinterParser extends NumberPrinterParser {
        private final boolean decimalPoint;

        FractionPrinterParser(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint) {
            this(field, minWidth, maxWidth, decimalPoint, 0);
            Objects.requireNonNull(field, "field");
            if (!field.range().isFixed()) {
                throw new IllegalArgumentException("Field must have a fixed set of values: " + field);
            }
            if (minWidth < 0 || minWidth > 9) {
                throw new IllegalArgumentException("Minimum width must be from 0 to 9 inclusive but was " + minWidth);
            }
            if (maxWidth < 1 || maxWidth > 9) {
                throw new IllegalArgumentException("Maximum width must be from 1 to 9 inclusive but was " + maxWidth);
            }
            if (maxWidth < minWidth) {
                throw new IllegalArgumentException("Maximum width must exceed or equal the minimum width but "
                        + maxWidth + " < " + minWidth);
            }
        }

        private FractionPrinterParser(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint, int subsequentWidth) {
            super(field, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.decimalPoint = decimalPoint;
        }

        @Override
        NumberPrinterParser withFixedWidth() {
            if (subsequentWidth == -1) {
                return this;
            }
            return new FractionPrinterParser(field, minWidth, maxWidth, decimalPoint, -1);
        }

        @Override
        NumberPrinterParser withSubsequentWidth(int subsequentWidth) {
            return new FractionPrinterParser(field, minWidth, maxWidth, decimalPoint, this.subsequentWidth + subsequentWidth);
        }

        @Override
        boolean isFixedWidth(DateTimeParseContext context) {
            if (context.isStrict() && minWidth == maxWidth && !decimalPoint) {
                return true;
            }
            return false;
        }

        /** The nine-digit fraction (value - min) / (max - min + 1), rounded down. */
        private String nineDigits(long value) {
            ValueRange range = field.range();
            range.checkValidValue(value, field);
            long min = range.getMinimum();
            long size = range.getMaximum() - min + 1;
            long scaled = Math.multiplyHigh(value - min, 1_000_000_000L) == 0
                    ? (value - min) * 1_000_000_000L / size
                    : (long) ((double) (value - min) / size * 1e9);
            String s = Long.toString(scaled + 1_000_000_000L).substring(1);
            return s;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null) {
                return false;
            }
            String digits = nineDigits(value);
            int scale = 9;
            while (scale > 0 && digits.charAt(scale - 1) == '0') {
                scale--;
            }
            if (scale == 0) {
                if (minWidth > 0) {
                    if (decimalPoint) {
                        buf.append('.');
                    }
                    for (int i = 0; i < minWidth; i++) {
                        buf.append('0');
                    }
                }
            } else {
                int outputScale = Math.min(Math.max(scale, minWidth), maxWidth);
                if (decimalPoint) {
                    buf.append('.');
                }
                buf.append(digits, 0, outputScale);
            }
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            int effectiveMin = (context.isStrict() || isFixedWidth(context) ? minWidth : 0);
            int effectiveMax = (context.isStrict() || isFixedWidth(context) ? maxWidth : 9);
            int length = text.length();
            if (position != length && decimalPoint) {
                if (text.charAt(position) != '.') {
                    return (effectiveMin > 0 ? ~position : position);
                }
                position++;
            } else if (position == length) {
                return (effectiveMin > 0 ? ~position : position);
            }
            int minEndPos = position + effectiveMin;
            if (minEndPos > length) {
                return ~position;
            }
            int maxEndPos = Math.min(position + effectiveMax, length);
            long total = 0;
            int pos = position;
            while (pos < maxEndPos) {
                char ch = text.charAt(pos++);
                int digit = (ch >= '0' && ch <= '9') ? ch - '0' : -1;
                if (digit < 0) {
                    if (pos <= minEndPos) {
                        return ~position;
                    }
                    pos--;
                    break;
                }
                total = total * 10 + digit;
            }
            // value = min + total / 10^digits * (max - min + 1), rounded down
            int digits = pos - position;
            long scaleDiv = 1;
            for (int i = 0; i < digits; i++) {
                scaleDiv *= 10;
            }
            ValueRange range = field.range();
            long min = range.getMinimum();
            long size = range.getMaximum() - min + 1;
            long value = min + (size % scaleDiv == 0 ? total * (size / scaleDiv) : (long) ((double) total * size / scaleDiv));
            return context.setParsedField(field, value, position, pos);
        }

        @Override
        public String toString() {
            String decimal = (decimalPoint ? ",DecimalPoint" : "");
            return "Fraction(" + field + "," + minWidth + "," + maxWidth + decimal + ")";
        }
    }

    /** A field printed as text (month names...), or as a number when there is no text. */
    static final class TextPrinterParser implements DateTimePrinterParser {
        private final TemporalField field;
        private final TextStyle textStyle;
        private final Map<Long, String> customText;
        private NumberPrinterParser numberPrinterParser;

        TextPrinterParser(TemporalField field, TextStyle textStyle, Map<Long, String> customText) {
            this.field = field;
            this.textStyle = textStyle;
            this.customText = customText;
        }

        private String text(long value, TextStyle style) {
            if (customText != null) {
                return customText.get(value);
            }
            return EnglishText.text(field, value, style);
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null) {
                return false;
            }
            String text = text(value, textStyle);
            if (text == null) {
                return numberPrinterParser().format(context, buf);
            }
            buf.append(text);
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence parseText, int position) {
            int length = parseText.length();
            if (position < 0 || position > length) {
                throw new IndexOutOfBoundsException();
            }
            // Candidates: this style when strict, every style when lenient; longest text first.
            List<String> texts = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            if (customText != null) {
                for (Map.Entry<Long, String> e : customText.entrySet()) {
                    texts.add(e.getValue());
                    values.add(e.getKey());
                }
            } else {
                TextStyle[] styles = context.isStrict() ? new TextStyle[] {textStyle}
                        : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT, TextStyle.NARROW};
                for (TextStyle style : styles) {
                    String[] names = EnglishText.names(field, style);
                    if (names == null) {
                        continue;
                    }
                    long first = EnglishText.firstValue(field);
                    for (int i = 0; i < names.length; i++) {
                        texts.add(names[i]);
                        values.add(first + i);
                    }
                }
            }
            if (!texts.isEmpty()) {
                int best = -1;
                for (int i = 0; i < texts.size(); i++) {
                    String t = texts.get(i);
                    // longest match; among equal texts (narrow "S"), the later value wins as in HotSpot
                    if (context.subSequenceEquals(t, 0, parseText, position, t.length())
                            && (best < 0 || t.length() >= texts.get(best).length())) {
                        best = i;
                    }
                }
                if (best >= 0) {
                    return context.setParsedField(field, values.get(best), position, position + texts.get(best).length());
                }
                if (context.isStrict()) {
                    return ~position;
                }
            }
            return numberPrinterParser().parse(context, parseText, position);
        }

        private NumberPrinterParser numberPrinterParser() {
            if (numberPrinterParser == null) {
                numberPrinterParser = new NumberPrinterParser(field, 1, 19, SignStyle.NORMAL);
            }
            return numberPrinterParser;
        }

        @Override
        public String toString() {
            if (textStyle == TextStyle.FULL) {
                return "Text(" + field + ")";
            }
            return "Text(" + field + "," + textStyle + ")";
        }
    }

    /** ISO-8601 instants: the UTC date-time with a 'Z' (any offset when parsing). */
    static final class InstantPrinterParser implements DateTimePrinterParser {
        private static final long SECONDS_PER_10000_YEARS = 146097L * 25L * 86400L;
        private static final long SECONDS_0000_TO_1970 = ((146097L * 5L) - (30L * 365L + 7L)) * 86400L;
        private final int fractionalDigits;

        InstantPrinterParser(int fractionalDigits) {
            this.fractionalDigits = fractionalDigits;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            Long inSecs = context.getValue(INSTANT_SECONDS);
            Long inNanos = null;
            if (context.getTemporal().isSupported(NANO_OF_SECOND)) {
                inNanos = context.getTemporal().getLong(NANO_OF_SECOND);
            }
            if (inSecs == null) {
                return false;
            }
            long inSec = inSecs;
            int inNano = NANO_OF_SECOND.checkValidIntValue(inNanos != null ? inNanos : 0);
            // Years beyond four digits: print the date of the year modulo 10000 and fix the year text.
            if (inSec >= -SECONDS_0000_TO_1970) {
                long zeroSecs = inSec - SECONDS_PER_10000_YEARS + SECONDS_0000_TO_1970;
                long hi = Math.floorDiv(zeroSecs, SECONDS_PER_10000_YEARS) + 1;
                long lo = Math.floorMod(zeroSecs, SECONDS_PER_10000_YEARS);
                LocalDateTime ldt = LocalDateTime.ofEpochSecond(lo - SECONDS_0000_TO_1970, 0, ZoneOffset.UTC);
                if (hi > 0) {
                    buf.append('+').append(hi);
                }
                buf.append(ldt);
                if (ldt.getSecond() == 0) {
                    buf.append(":00");
                }
            } else {
                long zeroSecs = inSec + SECONDS_0000_TO_1970;
                long hi = zeroSecs / SECONDS_PER_10000_YEARS;
                long lo = zeroSecs % SECONDS_PER_10000_YEARS;
                LocalDateTime ldt = LocalDateTime.ofEpochSecond(lo - SECONDS_0000_TO_1970, 0, ZoneOffset.UTC);
                int pos = buf.length();
                buf.append(ldt);
                if (ldt.getSecond() == 0) {
                    buf.append(":00");
                }
                if (hi < 0) {
                    if (ldt.getYear() == -10_000) {
                        buf.replace(pos, pos + 2, Long.toString(hi - 1));
                    } else if (lo == 0) {
                        buf.insert(pos, hi);
                    } else {
                        buf.insert(pos + 1, Math.abs(hi));
                    }
                }
            }
            if ((fractionalDigits < 0 && inNano > 0) || fractionalDigits > 0) {
                buf.append('.');
                int div = 100_000_000;
                for (int i = 0; ((fractionalDigits == -1 && inNano > 0)
                        || (fractionalDigits == -2 && (inNano > 0 || (i % 3) != 0))
                        || i < fractionalDigits); i++) {
                    int digit = inNano / div;
                    buf.append((char) (digit + '0'));
                    inNano = inNano - (digit * div);
                    div = div / 10;
                }
            }
            buf.append('Z');
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            int minDigits = (fractionalDigits < 0 ? 0 : fractionalDigits);
            int maxDigits = (fractionalDigits < 0 ? 9 : fractionalDigits);
            CompositePrinterParser parser = new DateTimeFormatterBuilder()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
                    .appendValue(HOUR_OF_DAY, 2).appendLiteral(':')
                    .appendValue(MINUTE_OF_HOUR, 2).appendLiteral(':')
                    .appendValue(SECOND_OF_MINUTE, 2)
                    .appendFraction(NANO_OF_SECOND, minDigits, maxDigits, true)
                    .appendOffsetId()
                    .toFormatter().toPrinterParser(false);
            DateTimeParseContext newContext = new DateTimeParseContext(context.formatter());
            newContext.setCaseSensitive(context.isCaseSensitive());
            newContext.setStrict(context.isStrict());
            int pos = parser.parse(newContext, text, position);
            if (pos < 0) {
                return pos;
            }
            long yearParsed = newContext.getParsed(YEAR);
            int month = newContext.getParsed(MONTH_OF_YEAR).intValue();
            int day = newContext.getParsed(DAY_OF_MONTH).intValue();
            int hour = newContext.getParsed(HOUR_OF_DAY).intValue();
            int min = newContext.getParsed(MINUTE_OF_HOUR).intValue();
            Long secVal = newContext.getParsed(SECOND_OF_MINUTE);
            Long nanoVal = newContext.getParsed(NANO_OF_SECOND);
            int sec = (secVal != null ? secVal.intValue() : 0);
            int nano = (nanoVal != null ? nanoVal.intValue() : 0);
            int offset = newContext.getParsed(OFFSET_SECONDS).intValue();
            int days = 0;
            if (hour == 24 && min == 0 && sec == 0 && nano == 0) {
                hour = 0;
                days = 1;
            } else if (hour == 23 && min == 59 && sec == 60) {
                sec = 59;
            }
            int year = (int) yearParsed % 10_000;
            long instantSecs;
            try {
                LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, min, sec, 0).plusDays(days);
                instantSecs = ldt.toEpochSecond(ZoneOffset.ofTotalSeconds(offset));
                instantSecs += Math.multiplyExact(yearParsed / 10_000L, SECONDS_PER_10000_YEARS);
            } catch (RuntimeException ex) {
                return ~position;
            }
            int successPos = pos;
            successPos = context.setParsedField(INSTANT_SECONDS, instantSecs, position, successPos);
            return context.setParsedField(NANO_OF_SECOND, nano, position, successPos);
        }

        @Override
        public String toString() {
            return "Instant()";
        }
    }

    /** Offsets such as +01:00, Z or +0000, in one of the documented patterns. */
    static final class OffsetIdPrinterParser implements DateTimePrinterParser {
        static final String[] PATTERNS = new String[] {
            "+HH", "+HHmm", "+HH:mm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss", "+HHMMSS", "+HH:MM:SS", "+HHmmss", "+HH:mm:ss",
        };
        static final OffsetIdPrinterParser INSTANCE_ID_Z = new OffsetIdPrinterParser("+HH:MM:ss", "Z");

        private final String noOffsetText;
        private final String pattern;
        private final boolean colon;
        /** 0 none, 1 optional, 2 required. */
        private final int minutes;
        private final int seconds;

        OffsetIdPrinterParser(String pattern, String noOffsetText) {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(noOffsetText, "noOffsetText");
            int type = -1;
            for (int i = 0; i < PATTERNS.length; i++) {
                if (PATTERNS[i].equals(pattern)) {
                    type = i;
                    break;
                }
            }
            if (type < 0) {
                throw new IllegalArgumentException("Invalid zone offset pattern: " + pattern);
            }
            this.pattern = pattern;
            this.noOffsetText = noOffsetText;
            this.colon = pattern.indexOf(':') >= 0;
            String rest = pattern.substring(3).replace(":", "");
            if (rest.isEmpty()) {
                minutes = 0;
                seconds = 0;
            } else {
                minutes = rest.startsWith("MM") ? 2 : 1;
                seconds = rest.length() < 4 ? 0 : rest.endsWith("SS") ? 2 : 1;
            }
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            Long offsetSecs = context.getValue(OFFSET_SECONDS);
            if (offsetSecs == null) {
                return false;
            }
            int totalSecs = Math.toIntExact(offsetSecs);
            if (totalSecs == 0) {
                buf.append(noOffsetText);
                return true;
            }
            int absHours = Math.abs((totalSecs / 3600) % 100);
            int absMinutes = Math.abs((totalSecs / 60) % 60);
            int absSeconds = Math.abs(totalSecs % 60);
            int bufPos = buf.length();
            int output = absHours;
            buf.append(totalSecs < 0 ? "-" : "+").append((char) (absHours / 10 + '0')).append((char) (absHours % 10 + '0'));
            boolean printMinutes = minutes == 2 || (minutes == 1 && (absMinutes > 0 || (seconds > 0 && absSeconds > 0)));
            if (printMinutes) {
                buf.append(colon ? ":" : "").append((char) (absMinutes / 10 + '0')).append((char) (absMinutes % 10 + '0'));
                output += absMinutes;
                if (seconds == 2 || (seconds == 1 && absSeconds > 0)) {
                    buf.append(colon ? ":" : "").append((char) (absSeconds / 10 + '0')).append((char) (absSeconds % 10 + '0'));
                    output += absSeconds;
                }
            }
            if (output == 0) {
                buf.setLength(bufPos);
                buf.append(noOffsetText);
            }
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            int length = text.length();
            int noOffsetLen = noOffsetText.length();
            if (noOffsetLen == 0) {
                if (position == length) {
                    return context.setParsedField(OFFSET_SECONDS, 0, position, position);
                }
            } else {
                if (position == length) {
                    return ~position;
                }
                if (context.subSequenceEquals(text, position, noOffsetText, 0, noOffsetLen)) {
                    return context.setParsedField(OFFSET_SECONDS, 0, position, position + noOffsetLen);
                }
            }
            char sign = text.charAt(position);
            if (sign == '+' || sign == '-') {
                int negative = (sign == '-' ? -1 : 1);
                int pos = position + 1;
                int hours = twoDigits(text, pos);
                if (hours >= 0) {
                    pos += 2;
                    int mins = 0;
                    int secs = 0;
                    boolean ok = true;
                    if (minutes > 0) {
                        int p = pos + (colon ? 1 : 0);
                        boolean sep = !colon || (pos < length && text.charAt(pos) == ':');
                        int m = sep ? twoDigits(text, p) : -1;
                        if (m >= 0) {
                            mins = m;
                            pos = p + 2;
                            if (seconds > 0) {
                                int p2 = pos + (colon ? 1 : 0);
                                boolean sep2 = !colon || (pos < length && text.charAt(pos) == ':');
                                int s = sep2 ? twoDigits(text, p2) : -1;
                                if (s >= 0) {
                                    secs = s;
                                    pos = p2 + 2;
                                } else if (seconds == 2) {
                                    ok = false;
                                }
                            }
                        } else if (minutes == 2) {
                            ok = false;
                        }
                    }
                    if (ok && hours <= 18 && mins <= 59 && secs <= 59) {
                        long offsetSecs = negative * (hours * 3600L + mins * 60L + secs);
                        return context.setParsedField(OFFSET_SECONDS, offsetSecs, position, pos);
                    }
                }
            }
            if (noOffsetLen == 0) {
                return context.setParsedField(OFFSET_SECONDS, 0, position, position);
            }
            return ~position;
        }

        private static int twoDigits(CharSequence text, int pos) {
            if (pos + 2 > text.length()) {
                return -1;
            }
            char c1 = text.charAt(pos);
            char c2 = text.charAt(pos + 1);
            if (c1 < '0' || c1 > '9' || c2 < '0' || c2 > '9') {
                return -1;
            }
            return (c1 - '0') * 10 + (c2 - '0');
        }

        @Override
        public String toString() {
            String converted = noOffsetText.replace("'", "''");
            return "Offset(" + pattern + ",'" + converted + "')";
        }
    }

    /** Localized offsets "GMT+1" (SHORT) or "GMT+01:00" (FULL); "GMT" for zero. */
    static final class LocalizedOffsetPrinterParser implements DateTimePrinterParser {
        private final TextStyle style;

        LocalizedOffsetPrinterParser(TextStyle style) {
            this.style = style;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            Long offsetSecs = context.getValue(OFFSET_SECONDS);
            if (offsetSecs == null) {
                return false;
            }
            buf.append("GMT");
            int totalSecs = Math.toIntExact(offsetSecs);
            if (totalSecs != 0) {
                int absHours = Math.abs((totalSecs / 3600) % 100);
                int absMinutes = Math.abs((totalSecs / 60) % 60);
                int absSeconds = Math.abs(totalSecs % 60);
                buf.append(totalSecs < 0 ? "-" : "+");
                if (style == TextStyle.FULL) {
                    buf.append(absHours < 10 ? "0" : "").append(absHours).append(absMinutes < 10 ? ":0" : ":").append(absMinutes);
                    if (absSeconds != 0) {
                        buf.append(absSeconds < 10 ? ":0" : ":").append(absSeconds);
                    }
                } else {
                    buf.append(absHours);
                    if (absMinutes != 0 || absSeconds != 0) {
                        buf.append(absMinutes < 10 ? ":0" : ":").append(absMinutes);
                        if (absSeconds != 0) {
                            buf.append(absSeconds < 10 ? ":0" : ":").append(absSeconds);
                        }
                    }
                }
            }
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            if (!context.subSequenceEquals(text, position, "GMT", 0, 3)) {
                return ~position;
            }
            int pos = position + 3;
            int end = text.length();
            if (pos == end) {
                return context.setParsedField(OFFSET_SECONDS, 0, position, pos);
            }
            char sign = text.charAt(pos);
            if (sign != '+' && sign != '-') {
                return context.setParsedField(OFFSET_SECONDS, 0, position, pos);
            }
            int negative = sign == '-' ? -1 : 1;
            pos++;
            int h;
            int m = 0;
            int s = 0;
            // HotSpot reads the characters it expects before checking the length, so short
            // input fails with String.charAt's StringIndexOutOfBoundsException; so does this.
            if (style == TextStyle.FULL) {
                char h1 = text.charAt(pos);
                char h2 = text.charAt(pos + 1);
                if (!isDigit(h1) || !isDigit(h2)) {
                    return ~position;
                }
                h = (h1 - '0') * 10 + (h2 - '0');
                if (text.charAt(pos + 2) != ':') {
                    return ~position;
                }
                char m1 = text.charAt(pos + 3);
                char m2 = text.charAt(pos + 4);
                if (!isDigit(m1) || !isDigit(m2)) {
                    return ~position;
                }
                m = (m1 - '0') * 10 + (m2 - '0');
                pos += 5;
                if (pos + 2 < end && text.charAt(pos) == ':' && isDigit(text.charAt(pos + 1)) && isDigit(text.charAt(pos + 2))) {
                    s = (text.charAt(pos + 1) - '0') * 10 + (text.charAt(pos + 2) - '0');
                    pos += 3;
                }
            } else {
                char h1 = text.charAt(pos);
                if (!isDigit(h1)) {
                    return ~position;
                }
                h = h1 - '0';
                pos++;
                if (pos < end && isDigit(text.charAt(pos))) {
                    h = h * 10 + (text.charAt(pos) - '0');
                    pos++;
                }
                if (pos + 2 < end && text.charAt(pos) == ':' && isDigit(text.charAt(pos + 1)) && isDigit(text.charAt(pos + 2))) {
                    m = (text.charAt(pos + 1) - '0') * 10 + (text.charAt(pos + 2) - '0');
                    pos += 3;
                    if (pos + 2 < end && text.charAt(pos) == ':' && isDigit(text.charAt(pos + 1)) && isDigit(text.charAt(pos + 2))) {
                        s = (text.charAt(pos + 1) - '0') * 10 + (text.charAt(pos + 2) - '0');
                        pos += 3;
                    }
                }
            }
            long offsetSecs = negative * (h * 3600L + m * 60L + s);
            return context.setParsedField(OFFSET_SECONDS, offsetSecs, position, pos);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        @Override
        public String toString() {
            return "LocalizedOffset(" + style + ")";
        }
    }

    /**
     * The English names of a database zone: {short standard, short daylight, long standard, long
     * daylight, short generic, long generic} (entries null where the JDK has none), or null for
     * an ID outside the database (offsets, "GMT+02:00").
     */
    static native String[] zoneNames0(String zoneId);

    /**
     * Zone names ('z', 'zzzz'; generic names for ZoneId.getDisplayName): the JDK's English names
     * of the database's zones, standard or daylight by the instant being formatted; the ID for
     * offsets and zones without a name, as HotSpot prints them.
     */
    static final class ZoneTextPrinterParser implements DateTimePrinterParser {
        private final TextStyle textStyle;
        private final boolean generic;

        ZoneTextPrinterParser(TextStyle textStyle) {
            this(textStyle, false);
        }

        ZoneTextPrinterParser(TextStyle textStyle, boolean generic) {
            this.textStyle = textStyle;
            this.generic = generic;
        }

        private String name(ZoneId zone, java.time.temporal.TemporalAccessor temporal) {
            String id = zone.getId();
            if (zone instanceof ZoneOffset) {
                return id;
            }
            String[] names = zoneNames0(id);
            if (names == null) {
                return id;
            }
            boolean full = textStyle.asNormal() == TextStyle.FULL;
            int type = 2; // generic
            if (!generic) {
                if (temporal.isSupported(ChronoField.INSTANT_SECONDS)) {
                    type = zone.getRules().isDaylightSavings(java.time.Instant.from(temporal)) ? 1 : 0;
                } else if (temporal.isSupported(ChronoField.EPOCH_DAY) && temporal.isSupported(ChronoField.NANO_OF_DAY)) {
                    java.time.LocalDateTime ldt = java.time.LocalDateTime.of(
                            java.time.LocalDate.ofEpochDay(temporal.getLong(ChronoField.EPOCH_DAY)),
                            java.time.LocalTime.ofNanoOfDay(temporal.getLong(ChronoField.NANO_OF_DAY)));
                    if (zone.getRules().getTransition(ldt) == null) {
                        type = zone.getRules().isDaylightSavings(ldt.atZone(zone).toInstant()) ? 1 : 0;
                    }
                }
            }
            String name = names[type == 2 ? (full ? 5 : 4) : (full ? 2 : 0) + type];
            return name != null ? name : id;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            ZoneId zone = context.getValue(TemporalQueries.zoneId());
            if (zone == null) {
                return false;
            }
            buf.append(name(zone, context.getTemporal()));
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            String[][] names = {
                {"Coordinated Universal Time", "UTC"}, {"Greenwich Mean Time", "GMT"},
            };
            for (String[] n : names) {
                if (context.subSequenceEquals(text, position, n[0], 0, n[0].length())) {
                    context.setParsedZone(ZoneId.of(n[1]));
                    return position + n[0].length();
                }
            }
            return new ZoneIdPrinterParser(TemporalQueries.zoneId(), "ZoneId()").parse(context, text, position);
        }

        @Override
        public String toString() {
            return "ZoneText(" + textStyle + ")";
        }
    }

    /** Zone IDs: offsets, UTC/GMT/UT with optional offsets, and the region IDs Tern knows. */
    static final class ZoneIdPrinterParser implements DateTimePrinterParser {
        private final TemporalQuery<ZoneId> query;
        private final String description;

        ZoneIdPrinterParser(TemporalQuery<ZoneId> query, String description) {
            this.query = query;
            this.description = description;
        }

        @Override
        public boolean format(DateTimePrintContext context, StringBuilder buf) {
            ZoneId zone = context.getValue(query);
            if (zone == null) {
                return false;
            }
            buf.append(zone.getId());
            return true;
        }

        @Override
        public int parse(DateTimeParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position > length) {
                throw new IndexOutOfBoundsException();
            }
            if (position == length) {
                return ~position;
            }
            char nextChar = text.charAt(position);
            if (nextChar == '+' || nextChar == '-') {
                return parseOffsetBased(context, text, position, position, OffsetIdPrinterParser.INSTANCE_ID_Z);
            } else if (length >= position + 2) {
                char nextNextChar = text.charAt(position + 1);
                if (context.charEquals(nextChar, 'U') && context.charEquals(nextNextChar, 'T')) {
                    if (length >= position + 3 && context.charEquals(text.charAt(position + 2), 'C')) {
                        return parseOffsetBased(context, text, position, position + 3, OffsetIdPrinterParser.INSTANCE_ID_Z);
                    }
                    return parseOffsetBased(context, text, position, position + 2, OffsetIdPrinterParser.INSTANCE_ID_Z);
                } else if (context.charEquals(nextChar, 'G') && length >= position + 3
                        && context.charEquals(nextNextChar, 'M') && context.charEquals(text.charAt(position + 2), 'T')) {
                    return parseOffsetBased(context, text, position, position + 3, OffsetIdPrinterParser.INSTANCE_ID_Z);
                }
            }
            // Region IDs: the longest known ID that matches.
            Set<String> ids = ZoneId.getAvailableZoneIds();
            String best = null;
            for (String id : ids) {
                if (context.subSequenceEquals(text, position, id, 0, id.length()) && (best == null || id.length() > best.length())) {
                    best = id;
                }
            }
            if (best == null) {
                if (context.charEquals(nextChar, 'Z')) {
                    context.setParsedZone(ZoneOffset.UTC);
                    return position + 1;
                }
                return ~position;
            }
            context.setParsedZone(ZoneId.of(best));
            return position + best.length();
        }

        private int parseOffsetBased(DateTimeParseContext context, CharSequence text, int prefixPos, int position, OffsetIdPrinterParser parser) {
            String prefix = text.subSequence(prefixPos, position).toString().toUpperCase();
            if (position >= text.length()) {
                context.setParsedZone(prefix.isEmpty() ? ZoneOffset.UTC : ZoneId.of(prefix));
                return position;
            }
            if (text.charAt(position) == '0' || context.charEquals(text.charAt(position), 'Z')) {
                context.setParsedZone(prefix.isEmpty() ? ZoneOffset.UTC : ZoneId.of(prefix));
                return position;
            }
            DateTimeParseContext newContext = new DateTimeParseContext(context.formatter());
            int endPos = parser.parse(newContext, text, position);
            try {
                if (endPos < 0) {
                    if (parser == OffsetIdPrinterParser.INSTANCE_ID_Z && !prefix.isEmpty()) {
                        context.setParsedZone(ZoneId.of(prefix));
                        return position;
                    }
                    return ~prefixPos;
                }
                int offset = (int) newContext.getParsed(OFFSET_SECONDS).longValue();
                ZoneOffset zoneOffset = ZoneOffset.ofTotalSeconds(offset);
                context.setParsedZone(prefix.isEmpty() ? zoneOffset : ZoneId.ofOffset(prefix, zoneOffset));
                return endPos;
            } catch (DateTimeException dte) {
                return ~prefixPos;
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
