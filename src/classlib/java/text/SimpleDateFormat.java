/*
 * Tern class library: java.text.SimpleDateFormat over a GregorianCalendar, with the pattern letters
 * G y Y M L w W D d F E u a H k K h m s S z Z X and quoting. Parsing follows the JDK: whitespace
 * before a field is skipped, a numeric field directly followed by another numeric field takes
 * exactly its count of digits, two-digit years ("yy") fall in the 100 years starting 80 years
 * before the formatter was made, names match case-insensitively (longest wins), a zone name makes
 * the formatter's zone that zone, and a failure reports where the failing field or literal began
 * (ParsePosition.errorIndex; DateFormat.parse turns it into the ParseException offset). The
 * calendar's leniency decides whether out-of-range values are accepted. Every locale gets the
 * English symbols.
 */
package java.text;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

public class SimpleDateFormat extends DateFormat {
    private static final long serialVersionUID = 4774881970558875024L;

    private static final int[] FIELDS = {Calendar.ERA, Calendar.YEAR, Calendar.MONTH, Calendar.DAY_OF_MONTH,
        Calendar.HOUR_OF_DAY, Calendar.HOUR_OF_DAY, Calendar.MINUTE, Calendar.SECOND, Calendar.MILLISECOND,
        Calendar.DAY_OF_WEEK, Calendar.DAY_OF_YEAR, Calendar.DAY_OF_WEEK_IN_MONTH, Calendar.WEEK_OF_YEAR,
        Calendar.WEEK_OF_MONTH, Calendar.AM_PM, Calendar.HOUR, Calendar.HOUR, Calendar.ZONE_OFFSET,
        Calendar.ZONE_OFFSET, Calendar.YEAR, Calendar.DAY_OF_WEEK, Calendar.ZONE_OFFSET, Calendar.MONTH};

    /**
     * Zones whose names a zone-name parse tries before all others: the zone HotSpot picks for a
     * name several zones share ("CST" is Chicago, "IST" Jerusalem, "BST" Jersey).
     */
    private static final String[] PREFERRED_ZONES = {"GMT", "America/New_York", "America/Chicago", "America/Denver",
        "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "Europe/Jersey", "Europe/Paris",
        "Europe/Bucharest", "Europe/Lisbon", "Europe/Minsk", "Asia/Jerusalem", "Asia/Tokyo", "Asia/Seoul",
        "Asia/Hong_Kong", "AET", "ACT", "Australia/Perth", "NST", "Asia/Singapore", "BET", "America/Jujuy", "UTC",
        "Asia/Colombo", "Asia/Shanghai"};

    private String pattern;
    private DateFormatSymbols formatData;
    private final Locale locale;
    private transient List<Object> compiled;
    private Date defaultCenturyStart;
    private transient int defaultCenturyStartYear;

    /** One pattern letter run: letter index in PATTERN_CHARS and count. */
    private static final class Field {
        final int index;
        final char letter;
        final int count;

        Field(int index, char letter, int count) {
            this.index = index;
            this.letter = letter;
            this.count = count;
        }

        boolean isNumeric() {
            switch (letter) {
                case 'G': case 'E': case 'a': case 'z': case 'Z': case 'X':
                    return false;
                case 'M': case 'L':
                    return count <= 2;
                default:
                    return true;
            }
        }
    }

    public SimpleDateFormat() {
        this(DateFormat.pattern(SHORT, SHORT), Locale.getDefault(Locale.Category.FORMAT));
    }

    public SimpleDateFormat(String pattern) {
        this(pattern, Locale.getDefault(Locale.Category.FORMAT));
    }

    public SimpleDateFormat(String pattern, Locale locale) {
        if (pattern == null || locale == null) {
            throw new NullPointerException();
        }
        this.locale = locale;
        this.formatData = DateFormatSymbols.getInstance(locale);
        init(pattern);
    }

    public SimpleDateFormat(String pattern, DateFormatSymbols formatSymbols) {
        if (pattern == null || formatSymbols == null) {
            throw new NullPointerException();
        }
        this.locale = Locale.getDefault(Locale.Category.FORMAT);
        this.formatData = (DateFormatSymbols) formatSymbols.clone();
        init(pattern);
    }

    private void init(String pattern) {
        this.pattern = pattern;
        compiled = compile(pattern);
        calendar = Calendar.getInstance(TimeZone.getDefault(), locale);
        NumberFormat nf = NumberFormat.getIntegerInstance(locale);
        nf.setGroupingUsed(false);
        numberFormat = nf;
        Calendar c = (Calendar) calendar.clone();
        c.setTimeInMillis(System.currentTimeMillis());
        c.add(Calendar.YEAR, -80);
        defaultCenturyStart = c.getTime();
        defaultCenturyStartYear = c.get(Calendar.YEAR);
    }

    private static List<Object> compile(String pattern) {
        List<Object> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int n = pattern.length();
        int i = 0;
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i += 2;
                    continue;
                }
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        throw new IllegalArgumentException("Unterminated quote");
                    }
                    char q = pattern.charAt(j);
                    if (q == '\'') {
                        if (j + 1 < n && pattern.charAt(j + 1) == '\'') {
                            literal.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    literal.append(q);
                    j++;
                }
                i = j + 1;
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                int index = DateFormatSymbols.PATTERN_CHARS.indexOf(c);
                if (index < 0) {
                    throw new IllegalArgumentException("Illegal pattern character '" + c + "'");
                }
                int j = i;
                while (j < n && pattern.charAt(j) == c) {
                    j++;
                }
                int count = j - i;
                if (c == 'X' && count > 3) {
                    throw new IllegalArgumentException("invalid ISO 8601 format: length=" + count);
                }
                if (literal.length() > 0) {
                    out.add(literal.toString());
                    literal.setLength(0);
                }
                out.add(new Field(index, c, count));
                i = j;
                continue;
            }
            literal.append(c);
            i++;
        }
        if (literal.length() > 0) {
            out.add(literal.toString());
        }
        return out;
    }

    public void set2DigitYearStart(Date startDate) {
        defaultCenturyStart = new Date(startDate.getTime());
        Calendar c = (Calendar) calendar.clone();
        c.setTime(startDate);
        defaultCenturyStartYear = c.get(Calendar.YEAR);
    }

    public Date get2DigitYearStart() {
        return (Date) defaultCenturyStart.clone();
    }

    public String toPattern() {
        return pattern;
    }

    public String toLocalizedPattern() {
        return pattern;
    }

    public void applyPattern(String pattern) {
        compiled = compile(pattern);
        this.pattern = pattern;
    }

    public void applyLocalizedPattern(String pattern) {
        applyPattern(pattern);
    }

    public DateFormatSymbols getDateFormatSymbols() {
        return (DateFormatSymbols) formatData.clone();
    }

    public void setDateFormatSymbols(DateFormatSymbols newFormatSymbols) {
        formatData = (DateFormatSymbols) newFormatSymbols.clone();
    }

    @Override
    public Object clone() {
        SimpleDateFormat other = (SimpleDateFormat) super.clone();
        other.formatData = (DateFormatSymbols) formatData.clone();
        return other;
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        if (!super.equals(obj)) {
            return false;
        }
        SimpleDateFormat that = (SimpleDateFormat) obj;
        return pattern.equals(that.pattern) && formatData.equals(that.formatData);
    }

    // ---- formatting ----

    @Override
    public StringBuffer format(Date date, StringBuffer toAppendTo, FieldPosition pos) {
        pos.setBeginIndex(0);
        pos.setEndIndex(0);
        calendar.setTime(date);
        for (Object item : compiled) {
            if (item instanceof String) {
                toAppendTo.append((String) item);
            } else {
                Field f = (Field) item;
                int begin = toAppendTo.length();
                formatField(f, toAppendTo);
                if (pos.getField() == f.index && pos.getEndIndex() == 0 && pos.getFieldAttribute() == null) {
                    pos.setBeginIndex(begin);
                    pos.setEndIndex(toAppendTo.length());
                }
            }
        }
        return toAppendTo;
    }

    private void formatField(Field f, StringBuffer sb) {
        int count = f.count;
        Calendar cal = calendar;
        switch (f.letter) {
            case 'G':
                sb.append(formatData.eras[cal.get(Calendar.ERA)]);
                return;
            case 'y':
            case 'Y': {
                int year = f.letter == 'Y' && cal.isWeekDateSupported() ? cal.getWeekYear() : cal.get(Calendar.YEAR);
                if (count == 2) {
                    pad(sb, year % 100, 2);
                } else {
                    pad(sb, year, count);
                }
                return;
            }
            case 'M':
            case 'L': {
                int m = cal.get(Calendar.MONTH);
                if (count >= 4) {
                    sb.append(formatData.months[m]);
                } else if (count == 3) {
                    sb.append(formatData.shortMonths[m]);
                } else {
                    pad(sb, m + 1, count);
                }
                return;
            }
            case 'k': {
                int h = cal.get(Calendar.HOUR_OF_DAY);
                pad(sb, h == 0 ? 24 : h, count);
                return;
            }
            case 'h': {
                int h = cal.get(Calendar.HOUR);
                pad(sb, h == 0 ? 12 : h, count);
                return;
            }
            case 'E': {
                int d = cal.get(Calendar.DAY_OF_WEEK);
                sb.append(count >= 4 ? formatData.weekdays[d] : formatData.shortWeekdays[d]);
                return;
            }
            case 'u': {
                int d = cal.get(Calendar.DAY_OF_WEEK);
                pad(sb, d == Calendar.SUNDAY ? 7 : d - 1, count);
                return;
            }
            case 'a':
                sb.append(formatData.ampms[cal.get(Calendar.AM_PM)]);
                return;
            case 'z': {
                TimeZone tz = cal.getTimeZone();
                boolean daylight = cal.get(Calendar.DST_OFFSET) != 0;
                sb.append(tz.getDisplayName(daylight, count >= 4 ? TimeZone.LONG : TimeZone.SHORT, locale));
                return;
            }
            case 'Z': {
                int offset = (cal.get(Calendar.ZONE_OFFSET) + cal.get(Calendar.DST_OFFSET)) / 60000;
                sb.append(offset < 0 ? '-' : '+');
                offset = Math.abs(offset);
                pad(sb, offset / 60, 2);
                pad(sb, offset % 60, 2);
                return;
            }
            case 'X': {
                int offset = (cal.get(Calendar.ZONE_OFFSET) + cal.get(Calendar.DST_OFFSET)) / 60000;
                if (offset == 0) {
                    sb.append('Z');
                    return;
                }
                sb.append(offset < 0 ? '-' : '+');
                offset = Math.abs(offset);
                pad(sb, offset / 60, 2);
                if (count == 1) {
                    return;
                }
                if (count == 3) {
                    sb.append(':');
                }
                pad(sb, offset % 60, 2);
                return;
            }
            default:
                pad(sb, cal.get(FIELDS[f.index]), count);
                return;
        }
    }

    private static void pad(StringBuffer sb, int value, int minDigits) {
        String s = Integer.toString(Math.abs(value));
        if (value < 0) {
            sb.append('-');
        }
        for (int i = s.length(); i < minDigits; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    // ---- parsing ----

    /** Parsed field values in the order they were found. */
    private static final class Parsed {
        final List<int[]> sets = new ArrayList<>();
        boolean ambiguousYear;

        void set(int field, int value) {
            sets.add(new int[] {field, value});
        }
    }

    @Override
    public Date parse(String text, ParsePosition pos) {
        if (text == null || pos == null) {
            throw new NullPointerException();
        }
        int start = pos.getIndex();
        int p = start;
        int n = text.length();
        Parsed parsed = new Parsed();
        int size = compiled.size();
        for (int i = 0; i < size; i++) {
            Object item = compiled.get(i);
            if (item instanceof String) {
                String lit = (String) item;
                int k = 0;
                while (k < lit.length()) {
                    if (p >= n || text.charAt(p) != lit.charAt(k)) {
                        pos.setErrorIndex(p);
                        pos.setIndex(start);
                        return null;
                    }
                    p++;
                    k++;
                }
                continue;
            }
            Field f = (Field) item;
            boolean obeyCount = false;
            if (i + 1 < size && compiled.get(i + 1) instanceof Field && ((Field) compiled.get(i + 1)).isNumeric()
                    && f.isNumeric()) {
                obeyCount = true;
            }
            int next = parseField(text, p, f, obeyCount, parsed);
            if (next < 0) {
                pos.setErrorIndex(-next - 1);
                pos.setIndex(start);
                return null;
            }
            p = next;
        }
        Date result;
        try {
            result = build(parsed);
        } catch (IllegalArgumentException e) {
            pos.setErrorIndex(p);
            pos.setIndex(start);
            return null;
        }
        pos.setIndex(p);
        return result;
    }

    private Date build(Parsed parsed) {
        Calendar cal = calendar;
        cal.clear();
        for (int[] s : parsed.sets) {
            cal.set(s[0], s[1]);
        }
        if (parsed.ambiguousYear) {
            Calendar copy = (Calendar) cal.clone();
            Date d = copy.getTime();
            if (d.before(defaultCenturyStart)) {
                cal.set(Calendar.YEAR, cal.get(Calendar.YEAR) + 100);
                for (int[] s : parsed.sets) {
                    if (s[0] != Calendar.YEAR) {
                        cal.set(s[0], s[1]);
                    }
                }
            }
        }
        return cal.getTime();
    }

    /** Parses one field at p; returns the new index, or -(error index) - 1. */
    private int parseField(String text, int p, Field f, boolean obeyCount, Parsed parsed) {
        int n = text.length();
        while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        if (p >= n) {
            return -p - 1;
        }
        int count = f.count;
        switch (f.letter) {
            case 'G': {
                int k = match(text, p, formatData.eras, 0);
                if (k < 0) {
                    return -p - 1;
                }
                parsed.set(Calendar.ERA, k);
                return p + formatData.eras[k].length();
            }
            case 'M':
            case 'L':
                if (count <= 2) {
                    break;
                } else {
                    int k = match(text, p, formatData.months, 0);
                    int ks = match(text, p, formatData.shortMonths, 0);
                    String[] names = formatData.months;
                    if (k < 0 || (ks >= 0 && formatData.shortMonths[ks].length() > formatData.months[k].length())) {
                        k = ks;
                        names = formatData.shortMonths;
                    }
                    if (k < 0) {
                        return -p - 1;
                    }
                    parsed.set(Calendar.MONTH, k);
                    return p + names[k].length();
                }
            case 'E': {
                int k = match(text, p, formatData.weekdays, 1);
                int ks = match(text, p, formatData.shortWeekdays, 1);
                String[] names = formatData.weekdays;
                if (k < 0 || (ks >= 0 && formatData.shortWeekdays[ks].length() > formatData.weekdays[k].length())) {
                    k = ks;
                    names = formatData.shortWeekdays;
                }
                if (k < 0) {
                    return -p - 1;
                }
                parsed.set(Calendar.DAY_OF_WEEK, k);
                return p + names[k].length();
            }
            case 'a': {
                int k = match(text, p, formatData.ampms, 0);
                if (k < 0) {
                    return -p - 1;
                }
                parsed.set(Calendar.AM_PM, k);
                return p + formatData.ampms[k].length();
            }
            case 'z':
            case 'Z':
            case 'X':
                return parseZone(text, p, f, parsed);
            default:
                break;
        }
        // numeric fields
        int end = p;
        boolean negative = false;
        if (text.charAt(end) == '-') {
            negative = true;
            end++;
        }
        int digitsStart = end;
        int limit = obeyCount ? Math.min(n, digitsStart + count) : n;
        long value = 0;
        while (end < limit && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            value = value * 10 + (text.charAt(end) - '0');
            if (value > Integer.MAX_VALUE) {
                break;
            }
            end++;
        }
        if (end == digitsStart) {
            return -p - 1;
        }
        int v = (int) (negative ? -value : value);
        switch (f.letter) {
            case 'y':
            case 'Y':
                if (count <= 2 && end - digitsStart == 2) {
                    int amb = defaultCenturyStartYear % 100;
                    parsed.ambiguousYear = v == amb;
                    v += (defaultCenturyStartYear / 100) * 100 + (v < amb ? 100 : 0);
                }
                parsed.set(Calendar.YEAR, v);
                break;
            case 'M':
            case 'L':
                parsed.set(Calendar.MONTH, v - 1);
                break;
            case 'k':
                parsed.set(Calendar.HOUR_OF_DAY, v == 24 ? 0 : v);
                break;
            case 'h':
                parsed.set(Calendar.HOUR, v == 12 ? 0 : v);
                break;
            case 'u':
                parsed.set(Calendar.DAY_OF_WEEK, v == 7 ? Calendar.SUNDAY : v + 1);
                break;
            default:
                parsed.set(FIELDS[f.index], v);
                break;
        }
        return end;
    }

    /** Index of the longest entry of names (from index {@code from}) matching at p, ignoring case; -1 if none. */
    private static int match(String text, int p, String[] names, int from) {
        int best = -1;
        int bestLen = 0;
        for (int i = from; i < names.length; i++) {
            String s = names[i];
            int len = s.length();
            if (len > bestLen && text.regionMatches(true, p, s, 0, len)) {
                best = i;
                bestLen = len;
            }
        }
        return best;
    }

    private int parseZone(String text, int p, Field f, Parsed parsed) {
        int n = text.length();
        if (f.letter == 'X' || f.letter == 'Z') {
            if (text.charAt(p) == 'Z' && f.letter == 'X') {
                parsed.set(Calendar.ZONE_OFFSET, 0);
                parsed.set(Calendar.DST_OFFSET, 0);
                return p + 1;
            }
        }
        int q = p;
        if (f.letter != 'X' && text.regionMatches(true, p, "GMT", 0, 3)) {
            q = p + 3;
            if (q >= n || (text.charAt(q) != '+' && text.charAt(q) != '-')) {
                parsed.set(Calendar.ZONE_OFFSET, 0);
                parsed.set(Calendar.DST_OFFSET, 0);
                return q;
            }
            int r = numericOffset(text, q, 0, parsed);
            return r;
        }
        if (text.charAt(q) == '+' || text.charAt(q) == '-') {
            int form = f.letter == 'z' ? 0 : f.letter == 'Z' ? 2 : f.count;
            int r = numericOffset(text, q, form, parsed);
            return r;
        }
        if (f.letter != 'z') {
            return -p - 1;
        }
        // a zone name: the formatter's zone first, then every zone
        TimeZone current = getTimeZone();
        int r = matchZone(text, p, current, parsed);
        if (r > 0) {
            return r;
        }
        String[][] rows = formatData.zoneStrings();
        int bestLen = 0;
        String bestId = null;
        boolean bestDst = false;
        for (String id : PREFERRED_ZONES) {
            TimeZone tz = TimeZone.getTimeZone(id);
            for (int k = 0; k < 4; k++) {
                String s = tz.getDisplayName(k >= 2, (k & 1) == 0 ? TimeZone.LONG : TimeZone.SHORT, locale);
                if (s.length() > bestLen && text.regionMatches(true, p, s, 0, s.length())) {
                    bestLen = s.length();
                    bestId = id;
                    bestDst = k >= 2;
                }
            }
        }
        boolean preferred = bestId != null;
        for (int i = 0; !preferred && i < rows.length; i++) {
            String[] row = rows[i];
            for (int k = 1; k <= 4; k++) {
                String s = row[k];
                if (s != null && s.length() > bestLen && text.regionMatches(true, p, s, 0, s.length())) {
                    bestLen = s.length();
                    bestId = row[0];
                    bestDst = k >= 3;
                }
            }
        }
        if (bestId == null) {
            return -p - 1;
        }
        TimeZone tz = TimeZone.getTimeZone(bestId);
        if (!tz.equals(current)) {
            setTimeZone(tz);
        }
        // Only the daylight amount is taken from the name: the zone gives the raw offset of that date.
        parsed.set(Calendar.DST_OFFSET, bestDst ? tz.getDSTSavings() : 0);
        return p + bestLen;
    }

    private static int matchZone(String text, int p, TimeZone tz, Parsed parsed) {
        String[] names = {tz.getDisplayName(false, TimeZone.LONG), tz.getDisplayName(false, TimeZone.SHORT),
            tz.getDisplayName(true, TimeZone.LONG), tz.getDisplayName(true, TimeZone.SHORT)};
        int best = -1;
        int bestLen = 0;
        for (int k = 0; k < 4; k++) {
            String s = names[k];
            if (s.length() > bestLen && text.regionMatches(true, p, s, 0, s.length())) {
                best = k;
                bestLen = s.length();
            }
        }
        if (best < 0 || (best >= 2 && !tz.useDaylightTime())) {
            if (best < 0) {
                return -1;
            }
        }
        parsed.set(Calendar.DST_OFFSET, best >= 2 ? tz.getDSTSavings() : 0);
        return p + bestLen;
    }

    /**
     * Parses a signed offset at p in one of the forms: 0 "h", "hh", "h:mm", "hh:mm" (after GMT, or
     * for 'z'); 1 "hh" (X); 2 "hhmm" (Z, XX); 3 "hh:mm" (XXX). Returns the index after it, or
     * -(error index) - 1.
     */
    private static int numericOffset(String text, int p, int form, Parsed parsed) {
        int n = text.length();
        int sign = text.charAt(p) == '-' ? -1 : 1;
        int q = p + 1;
        int h = 0;
        int hd = 0;
        while (q < n && hd < 2 && text.charAt(q) >= '0' && text.charAt(q) <= '9') {
            h = h * 10 + (text.charAt(q) - '0');
            q++;
            hd++;
        }
        if (hd == 0 || (form != 0 && hd != 2)) {
            return -q - 1;
        }
        int m = 0;
        if (form == 0 || form == 3) {
            if (q < n && text.charAt(q) == ':') {
                q++;
                if (q + 1 >= n || !isDigit(text.charAt(q)) || !isDigit(text.charAt(q + 1))) {
                    return -q - 1;
                }
                m = (text.charAt(q) - '0') * 10 + (text.charAt(q + 1) - '0');
                q += 2;
            } else if (form == 3) {
                return -q - 1;
            }
        } else if (form == 2) {
            if (q + 1 >= n || !isDigit(text.charAt(q)) || !isDigit(text.charAt(q + 1))) {
                return -q - 1;
            }
            m = (text.charAt(q) - '0') * 10 + (text.charAt(q + 1) - '0');
            q += 2;
        }
        if (h > 23 || m > 59) {
            return -p - 1;
        }
        parsed.set(Calendar.ZONE_OFFSET, sign * (h * 60 + m) * 60000);
        parsed.set(Calendar.DST_OFFSET, 0);
        return q;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
