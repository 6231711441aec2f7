/*
 * @fileoverview A minimal java.util.Locale: language, country and variant codes, the common
 * constants, the default locale and BCP 47 tags. It carries no display names or extensions; the
 * formatting symbols of a locale live in java.text.DecimalFormatSymbols. The default is what
 * HotSpot picks on this platform under LC_ALL=C.UTF-8: language "en", no country (unless the
 * user.language/user.country properties say otherwise).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A language, country and variant. */
public final class Locale implements Cloneable, java.io.Serializable {
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
    public static final Locale UK = new Locale("en", "GB");
    public static final Locale US = new Locale("en", "US");
    public static final Locale CANADA = new Locale("en", "CA");
    public static final Locale CANADA_FRENCH = new Locale("fr", "CA");
    public static final Locale ROOT = new Locale("", "");
    public static final Locale CHINA = SIMPLIFIED_CHINESE;
    public static final Locale PRC = SIMPLIFIED_CHINESE;
    public static final Locale TAIWAN = TRADITIONAL_CHINESE;

    /** What a default locale is used for. */
    public enum Category {
        DISPLAY,
        FORMAT
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
        this.language = convertLanguage(language.toLowerCase());
        this.country = country.toUpperCase();
        this.variant = variant;
    }

    public Locale(String language, String country) {
        this(language, country, "");
    }

    public Locale(String language) {
        this(language, "", "");
    }

    /** The JDK maps the new ISO codes of Hebrew, Yiddish and Indonesian to the old ones. */
    private static String convertLanguage(String language) {
        switch (language) {
            case "he":
                return "iw";
            case "yi":
                return "ji";
            case "id":
                return "in";
            default:
                return language;
        }
    }

    /** The default locale, from user.language/user.country ("en" when unset). */
    public static synchronized Locale getDefault() {
        if (defaultLocale == null) {
            String language = System.getProperty("user.language", "en");
            String country = System.getProperty("user.country", "");
            String variant = System.getProperty("user.variant", "");
            defaultLocale = new Locale(language, country, variant);
        }
        return defaultLocale;
    }

    public static synchronized Locale getDefault(Category category) {
        Locale l = category == Category.DISPLAY ? defaultDisplayLocale : defaultFormatLocale;
        return l != null ? l : getDefault();
    }

    public static synchronized void setDefault(Locale newLocale) {
        if (newLocale == null) {
            throw new NullPointerException("Can't set default locale to NULL");
        }
        defaultLocale = newLocale;
        defaultDisplayLocale = newLocale;
        defaultFormatLocale = newLocale;
    }

    public static synchronized void setDefault(Category category, Locale newLocale) {
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

    /** The locales whose formatting symbols this library knows (see DecimalFormatSymbols). */
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

    /** language_COUNTRY_variant with empty trailing parts left out, e.g. "en_US", "en", "_US". */
    @Override
    public String toString() {
        boolean l = !language.isEmpty();
        boolean c = !country.isEmpty();
        boolean v = !variant.isEmpty();
        StringBuilder sb = new StringBuilder(language);
        if (c || (l && v)) {
            sb.append('_').append(country);
        }
        if (v && (l || c)) {
            sb.append('_').append(variant);
        }
        return sb.toString();
    }

    /** The BCP 47 tag: "en-US", "und" for the root locale. */
    public String toLanguageTag() {
        StringBuilder sb = new StringBuilder();
        String lang = language;
        switch (lang) {
            case "iw":
                lang = "he";
                break;
            case "ji":
                lang = "yi";
                break;
            case "in":
                lang = "id";
                break;
            default:
                break;
        }
        sb.append(lang.isEmpty() ? "und" : lang);
        if (!country.isEmpty()) {
            sb.append('-').append(country);
        }
        if (!variant.isEmpty()) {
            sb.append('-').append(variant.replace('_', '-'));
        }
        return sb.toString();
    }

    /** The locale of a BCP 47 tag (language, region and variant subtags; "und" is the root). */
    public static Locale forLanguageTag(String languageTag) {
        ArrayList<String> list = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= languageTag.length(); k++) {
            if (k == languageTag.length() || languageTag.charAt(k) == '-') {
                list.add(languageTag.substring(start, k));
                start = k + 1;
            }
        }
        String[] parts = list.toArray(new String[0]);
        String lang = "";
        String region = "";
        StringBuilder variant = new StringBuilder();
        int i = 0;
        if (i < parts.length && isAlpha(parts[i], 2, 8)) {
            lang = parts[i++].toLowerCase();
            if (lang.equals("und")) {
                lang = "";
            }
        } else {
            return ROOT;
        }
        if (i < parts.length && isAlpha(parts[i], 4, 4)) {
            i++; // script: not represented
        }
        if (i < parts.length && (isAlpha(parts[i], 2, 2) || isDigits(parts[i], 3))) {
            region = parts[i++].toUpperCase();
        }
        while (i < parts.length && parts[i].length() >= 5 && parts[i].length() <= 8) {
            if (variant.length() > 0) {
                variant.append('_');
            }
            variant.append(parts[i++]);
        }
        return new Locale(lang, region, variant.toString());
    }

    private static boolean isAlpha(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Locale)) {
            return false;
        }
        Locale o = (Locale) obj;
        return language.equals(o.language) && country.equals(o.country) && variant.equals(o.variant);
    }

    @Override
    public int hashCode() {
        return (language.hashCode() * 31 + country.hashCode()) * 31 + variant.hashCode();
    }

    @Override
    public Object clone() {
        return this;
    }
}
