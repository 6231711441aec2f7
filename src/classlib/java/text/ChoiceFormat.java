/*
 * @fileoverview java.text.ChoiceFormat: picks a text by numeric range ("0#no files|1#one
 * file|1<{0} files"), as MessageFormat's {n,choice,...} elements do.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.text;

import java.util.ArrayList;
import java.util.Arrays;

/** Maps half-open numeric ranges [limit[i], limit[i+1]) to strings. */
public class ChoiceFormat extends NumberFormat {
    private static final long serialVersionUID = 1795184449645032964L;

    private double[] choiceLimits;
    private String[] choiceFormats;

    public ChoiceFormat(String newPattern) {
        applyPattern(newPattern);
    }

    public ChoiceFormat(double[] limits, String[] formats) {
        setChoices(limits, formats);
    }

    /** Parses "limit#text|limit<text|..." ('\u2264' is the same as '#'; quotes protect special characters). */
    public void applyPattern(String newPattern) {
        ArrayList<Double> limits = new ArrayList<>();
        ArrayList<String> formats = new ArrayList<>();
        StringBuilder limit = new StringBuilder();
        StringBuilder text = new StringBuilder();
        StringBuilder segment = limit;
        boolean inQuote = false;
        double oldLimit = Double.NaN;
        for (int i = 0; i < newPattern.length(); i++) {
            char ch = newPattern.charAt(i);
            if (ch == '\'') {
                if (i + 1 < newPattern.length() && newPattern.charAt(i + 1) == '\'') {
                    segment.append(ch);
                    i++;
                } else {
                    inQuote = !inQuote;
                }
            } else if (inQuote) {
                segment.append(ch);
            } else if (segment == limit && (ch == '<' || ch == '#' || ch == '\u2264')) {
                if (limit.length() == 0) {
                    throw new IllegalArgumentException("Each interval must contain a number before a format");
                }
                String tempBuffer = limit.toString();
                double startValue;
                if (tempBuffer.equals("\u221E")) {
                    startValue = Double.POSITIVE_INFINITY;
                } else if (tempBuffer.equals("-\u221E")) {
                    startValue = Double.NEGATIVE_INFINITY;
                } else {
                    try {
                        startValue = Double.parseDouble(tempBuffer);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Choice Pattern incorrect: " + newPattern, e);
                    }
                }
                if (ch == '<' && startValue != Double.POSITIVE_INFINITY && startValue != Double.NEGATIVE_INFINITY) {
                    startValue = nextDouble(startValue);
                }
                if (startValue <= oldLimit) {
                    throw new IllegalArgumentException("Incorrect order of intervals, must be in ascending order");
                }
                limits.add(startValue);
                oldLimit = startValue;
                segment = text;
            } else if (segment == text && ch == '|') {
                formats.add(text.toString());
                text.setLength(0);
                limit.setLength(0);
                segment = limit;
            } else {
                segment.append(ch);
            }
        }
        if (segment == text) {
            formats.add(text.toString());
        }
        if (limits.size() != formats.size()) {
            throw new IllegalArgumentException("Choice Pattern incorrect: " + newPattern);
        }
        choiceLimits = new double[limits.size()];
        for (int i = 0; i < choiceLimits.length; i++) {
            choiceLimits[i] = limits.get(i);
        }
        choiceFormats = formats.toArray(new String[0]);
    }

    /** The pattern, with each limit written as "x#" or, for a limit just above x, "x<". */
    public String toPattern() {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < choiceLimits.length; i++) {
            if (i != 0) {
                result.append('|');
            }
            double less = previousDouble(choiceLimits[i]);
            double tryLessOrEqual = Math.abs(Math.IEEEremainder(choiceLimits[i], 1.0d));
            double tryLess = Math.abs(Math.IEEEremainder(less, 1.0d));
            if (tryLessOrEqual < tryLess) {
                result.append(choiceLimits[i]).append('#');
            } else {
                if (choiceLimits[i] == Double.POSITIVE_INFINITY) {
                    result.append("\u221E");
                } else if (less == Double.NEGATIVE_INFINITY) {
                    result.append("-\u221E");
                } else {
                    result.append(less);
                }
                result.append('<');
            }
            String text = choiceFormats[i];
            boolean needQuote = text.indexOf('<') >= 0 || text.indexOf('#') >= 0 || text.indexOf('\u2264') >= 0
                    || text.indexOf('|') >= 0;
            if (needQuote) {
                result.append('\'');
            }
            if (text.indexOf('\'') < 0) {
                result.append(text);
            } else {
                for (int j = 0; j < text.length(); j++) {
                    char c = text.charAt(j);
                    result.append(c);
                    if (c == '\'') {
                        result.append(c);
                    }
                }
            }
            if (needQuote) {
                result.append('\'');
            }
        }
        return result.toString();
    }

    public void setChoices(double[] limits, String[] formats) {
        if (limits.length != formats.length) {
            throw new IllegalArgumentException("Array and limit arrays must be of the same length.");
        }
        choiceLimits = Arrays.copyOf(limits, limits.length);
        choiceFormats = Arrays.copyOf(formats, formats.length);
    }

    public double[] getLimits() {
        return Arrays.copyOf(choiceLimits, choiceLimits.length);
    }

    public Object[] getFormats() {
        return Arrays.copyOf(choiceFormats, choiceFormats.length);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition status) {
        return format((double) number, toAppendTo, status);
    }

    /** The text of the last range whose limit is at most {@code number} (the first for smaller values and NaN). */
    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition status) {
        int i;
        for (i = 0; i < choiceLimits.length; i++) {
            if (!(number >= choiceLimits[i])) {
                break;
            }
        }
        i--;
        if (i < 0) {
            i = 0;
        }
        return toAppendTo.append(choiceFormats[i]);
    }

    /** The limit of the longest format text found at the position, or NaN. */
    @Override
    public Number parse(String text, ParsePosition status) {
        int start = status.index;
        int furthest = start;
        double bestNumber = Double.NaN;
        for (int i = 0; i < choiceFormats.length; i++) {
            String tempString = choiceFormats[i];
            if (text.startsWith(tempString, start) && start + tempString.length() > furthest) {
                furthest = start + tempString.length();
                bestNumber = choiceLimits[i];
            }
        }
        status.index = furthest;
        if (furthest == start) {
            status.errorIndex = furthest;
        }
        return bestNumber;
    }

    public static final double nextDouble(double d) {
        return Math.nextUp(d);
    }

    public static double nextDouble(double d, boolean positive) {
        return positive ? Math.nextUp(d) : previousDouble(d);
    }

    /** The largest double below {@code d} (NaN and -infinity stay). */
    public static final double previousDouble(double d) {
        if (Double.isNaN(d) || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(d > 0 ? bits - 1 : bits + 1);
    }

    @Override
    public Object clone() {
        ChoiceFormat other = (ChoiceFormat) super.clone();
        other.choiceLimits = choiceLimits.clone();
        other.choiceFormats = choiceFormats.clone();
        return other;
    }

    @Override
    public int hashCode() {
        int result = choiceLimits.length;
        if (choiceFormats.length > 0) {
            result ^= choiceFormats[choiceFormats.length - 1].hashCode();
        }
        return result;
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        ChoiceFormat other = (ChoiceFormat) obj;
        return Arrays.equals(choiceLimits, other.choiceLimits) && Arrays.equals(choiceFormats, other.choiceFormats);
    }
}
