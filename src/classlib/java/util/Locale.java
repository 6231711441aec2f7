/*
 * Tern class library: a minimal java.util.Locale — language, country and variant, the common
 * constants, the default locale (from user.language/user.country, "en" when unset, as HotSpot
 * gives under LANG=C.UTF-8) and simple BCP 47 tags. Tern has no locale data: classes that print
 * localized text (java.time's month and day names) use English for every locale.
 */
package java.util;

import java.io.Serializable;

public final class Locale implements Cloneable, Serializable {
    private static final long serialVersionUID = 9149081749638150636L;

    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale FRENCH = new Locale("fr", "");
    public static final Locale GERMAN = new Locale("de", "");
    public static final Locale ITALIAN = new Locale("it", "");
    public static final Locale JAPANESE = new Locale("ja", "");
    public static final Locale KOREAN = new Locale("ko", "");
    public static final Locale CHINESE = new Locale("zh", "");
    public static final Locale SIMPLIFIED_CHINESE = new Locale("zh", "CN");
    public static final Locale TRADITIONAL_CHINESE = new Locale("zh", "TW");
    public static final Locale FRANCE = new Locale("fr", "FR");
    public static final Locale GERMANY = new Locale("de", "DE");
    public static final Locale ITALY = new Locale("it", "IT");
    public static final Locale JAPAN = new Locale("ja", "JP");
    public static final Locale KOREA = new Locale("ko", "KR");
    public static final Locale CHINA = SIMPLIFIED_CHINESE;
    public static final Locale PRC = SIMPLIFIED_CHINESE;
    public static final Locale TAIWAN = TRADITIONAL_CHINESE;
    public static final Locale UK = new Locale("en", "GB");
    public static final Locale US = new Locale("en", "US");
    public static final Locale CANADA = new Locale("en", "CA");
    public static final Locale CANADA_FRENCH = new Locale("fr", "CA");
    public static final Locale ROOT = new Locale("", "");

    public static final char PRIVATE_USE_EXTENSION = 'x';
    public static final char UNICODE_LOCALE_EXTENSION = 'u';

    /** The categories of the default locale. */
    public enum Category {
        DISPLAY, FORMAT;
    }

    private static Locale defaultLocale;
    private static Locale defaultDisplayLocale;
    private static Locale defaultFormatLocale;

    private final String language;
    private final String country;
    private final String variant;

    public Locale(String language, String country, String variant) {
        if (language == null || country == null || variant == null) {
            throw new NullPointerException();
        }
        this.language = toLower(language);
        this.country = toUpper(country);
        this.variant = variant;
    }

    public Locale(String language, String country) {
        this(language, country, "");
    }

    public Locale(String language) {
        this(language, "", "");
    }

    private static String toLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static String toUpper(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return b.toString();
    }

    public static Locale getDefault() {
        if (defaultLocale == null) {
            defaultLocale = initDefault();
        }
        return defaultLocale;
    }

    public static Locale getDefault(Locale.Category category) {
        Objects.requireNonNull(category);
        if (category == Category.DISPLAY) {
            if (defaultDisplayLocale == null) {
                defaultDisplayLocale = getDefault();
            }
            return defaultDisplayLocale;
        }
        if (defaultFormatLocale == null) {
            defaultFormatLocale = getDefault();
        }
        return defaultFormatLocale;
    }

    private static Locale initDefault() {
        String language = System.getProperty("user.language", "en");
        String country = System.getProperty("user.country", "");
        String variant = System.getProperty("user.variant", "");
        return new Locale(language, country, variant);
    }

    public static synchronized void setDefault(Locale newLocale) {
        setDefault(Category.DISPLAY, newLocale);
        setDefault(Category.FORMAT, newLocale);
        defaultLocale = newLocale;
    }

    public static synchronized void setDefault(Locale.Category category, Locale newLocale) {
        if (category == null) {
            throw new NullPointerException("Category cannot be NULL");
        }
        if (newLocale == null) {
            throw new NullPointerException("Can't set default locale to NULL");
        }
        if (category == Category.DISPLAY) {
            defaultDisplayLocale = newLocale;
        } else {
            defaultFormatLocale = newLocale;
        }
    }

    /** The locales this library has formatting data for (java.text.DecimalFormatSymbols). */
    public static Locale[] getAvailableLocales() {
        return new Locale[] {ROOT, ENGLISH, US, UK, CANADA, GERMAN, GERMANY, FRENCH, FRANCE, CANADA_FRENCH,
            ITALIAN, ITALY, JAPANESE, JAPAN, CHINESE, CHINA, TAIWAN, KOREAN, KOREA};
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return variant;
    }

    public String getScript() {
        return "";
    }

    public boolean hasExtensions() {
        return false;
    }

    public Locale stripExtensions() {
        return this;
    }

    /** A locale from a BCP 47 tag such as "en-US"; only language, region and variant are read. */
    public static Locale forLanguageTag(String languageTag) {
        Objects.requireNonNull(languageTag);
        String[] parts = splitTag(languageTag.replace('_', '-'));
        String language = "";
        String region = "";
        String variant = "";
        int i = 0;
        if (i < parts.length && parts[i].length() >= 2 && parts[i].length() <= 8 && isAlpha(parts[i])) {
            language = parts[i].equalsIgnoreCase("und") ? "" : parts[i];
            i++;
        } else {
            return ROOT;
        }
        if (i < parts.length && parts[i].length() == 4 && isAlpha(parts[i])) {
            i++; // script: not kept
        }
        if (i < parts.length && ((parts[i].length() == 2 && isAlpha(parts[i])) || (parts[i].length() == 3 && isDigits(parts[i])))) {
            region = parts[i];
            i++;
        }
        if (i < parts.length && parts[i].length() >= 5 && parts[i].length() <= 8) {
            variant = parts[i];
        }
        return new Locale(language, region, variant);
    }

    private static String[] splitTag(String tag) {
        ArrayList<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tag.length(); i++) {
            if (i == tag.length() || tag.charAt(i) == '-') {
                parts.add(tag.substring(start, i));
                start = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    private static boolean isAlpha(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public String toLanguageTag() {
        StringBuilder b = new StringBuilder();
        b.append(language.isEmpty() ? "und" : language);
        if (!country.isEmpty()) {
            b.append('-').append(country);
        }
        if (!variant.isEmpty()) {
            b.append('-').append(variant);
        }
        return b.toString();
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public String toString() {
        boolean l = !language.isEmpty();
        boolean r = !country.isEmpty();
        boolean v = !variant.isEmpty();
        StringBuilder result = new StringBuilder(language);
        if (r || (l && v)) {
            result.append('_').append(country);
        }
        if (v && (l || r)) {
            result.append('_').append(variant);
        }
        return result.toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Locale)) {
            return false;
        }
        Locale other = (Locale) obj;
        return language.equals(other.language) && country.equals(other.country) && variant.equals(other.variant);
    }

    @Override
    public int hashCode() {
        // language, script (always empty here), region, variant: 31-based like HotSpot's BaseLocale
        int h = language.hashCode();
        h = 31 * h;
        h = 31 * h + country.hashCode();
        h = 31 * h + variant.hashCode();
        return h;
    }
}
