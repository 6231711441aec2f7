/*
 * @fileoverview Builds "prefix + e1 + delimiter + e2 ... + suffix" strings (String.join,
 * Collectors.joining), with a configurable value for the empty case.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Joins character sequences with a delimiter, prefix and suffix. */
public final class StringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    /** prefix + joined elements so far; null until the first add. */
    private StringBuilder value;
    /** What toString returns before any add (prefix + suffix unless set). */
    private String emptyValue;

    /** A joiner with no prefix or suffix. */
    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    /** A joiner with the given delimiter, prefix and suffix. */
    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = prefix.toString();
        this.delimiter = delimiter.toString();
        this.suffix = suffix.toString();
        this.emptyValue = this.prefix + this.suffix;
    }

    /** Sets the result returned while no element has been added. */
    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null").toString();
        return this;
    }

    @Override public String toString() {
        if (value == null) {
            return emptyValue;
        }
        if (suffix.isEmpty()) {
            return value.toString();
        }
        int initialLength = value.length();
        String result = value.append(suffix).toString();
        value.setLength(initialLength);
        return result;
    }

    /** Appends an element ("null" for null). */
    public StringJoiner add(CharSequence newElement) {
        prepareBuilder().append(newElement);
        return this;
    }

    /** Appends the other joiner's elements (without its prefix and suffix) as one element. */
    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.value != null) {
            final int length = other.value.length();
            StringBuilder builder = prepareBuilder();
            builder.append(other.value, other.prefix.length(), length);
        }
        return this;
    }

    private StringBuilder prepareBuilder() {
        if (value != null) {
            value.append(delimiter);
        } else {
            value = new StringBuilder().append(prefix);
        }
        return value;
    }

    /** Length of toString(). */
    public int length() {
        return (value != null ? value.length() + suffix.length() : emptyValue.length());
    }
}
