/*
 * @fileoverview The number-formatting data of the locales this library knows (JDK 17's CLDR values
 * for them, read off HotSpot): separators, minus sign, exponent and the number, percent and
 * currency patterns per language, the currency per country. Languages not listed get the root
 * locale's data (a documented gap: there is no full CLDR here).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.text;

import java.util.Locale;

/** Number-formatting data of one locale. */
final class LocaleData {
    final char decimal;
    final char grouping;
    final char minus;
    final String exponent;
    final String numberPattern;
    final String percentPattern;
    final String currencyPattern;
    final String currencySymbol;
    final String currencyCode;
    final int currencyDigits;

    private LocaleData(char decimal, char grouping, char minus, String exponent, String percentPattern,
            String currencyPattern, String currencySymbol, String currencyCode, int currencyDigits) {
        this.decimal = decimal;
        this.grouping = grouping;
        this.minus = minus;
        this.exponent = exponent;
        this.numberPattern = "#,##0.###";
        this.percentPattern = percentPattern;
        this.currencyPattern = currencyPattern;
        this.currencySymbol = currencySymbol;
        this.currencyCode = currencyCode;
        this.currencyDigits = currencyDigits;
    }

    /** The data of {@code locale}. */
    static LocaleData of(Locale locale) {
        String lang = locale.getLanguage();
        String country = locale.getCountry();
        // currency of the country: symbol as the locale's language writes it, ISO code, digits
        String symbol = "\u00a4";
        String code = "XXX";
        int digits = 2;
        switch (country) {
            case "US":
                symbol = "$";
                code = "USD";
                break;
            case "CA":
                symbol = lang.equals("fr") ? "$\u00a0CA" : "$";
                code = "CAD";
                break;
            case "GB":
                symbol = "\u00a3";
                code = "GBP";
                break;
            case "DE": case "FR": case "IT": case "ES": case "NL": case "AT": case "BE": case "IE": case "FI":
            case "PT":
                symbol = "\u20ac";
                code = "EUR";
                break;
            case "JP":
                symbol = lang.equals("ja") ? "\uffe5" : "\u00a5";
                code = "JPY";
                digits = 0;
                break;
            case "CN":
                symbol = "\u00a5";
                code = "CNY";
                break;
            case "KR":
                symbol = "\u20a9";
                code = "KRW";
                digits = 0;
                break;
            case "IN":
                symbol = "\u20b9";
                code = "INR";
                break;
            case "BR":
                symbol = "R$";
                code = "BRL";
                break;
            case "RU":
                symbol = "\u20bd";
                code = "RUB";
                break;
            case "SE":
                symbol = "kr";
                code = "SEK";
                break;
            case "PL":
                symbol = "z\u0142";
                code = "PLN";
                break;
            case "CH":
                symbol = "CHF";
                code = "CHF";
                break;
            default:
                break;
        }
        String zeros = digits == 0 ? "#,##0" : "#,##0.00";
        switch (lang) {
            case "en": case "ja": case "zh": case "ko": case "hi":
                return new LocaleData('.', ',', '-', lang.equals("en") && country.equals("CA") ? "e" : "E", "#,##0%",
                        "\u00a4" + zeros, symbol, code, digits);
            case "de": case "es":
                return new LocaleData(',', '.', '-', "E", "#,##0\u00a0%", zeros + "\u00a0\u00a4", symbol, code, digits);
            case "it":
                return new LocaleData(',', '.', '-', "E", "#,##0%", zeros + "\u00a0\u00a4", symbol, code, digits);
            case "pt":
                return new LocaleData(',', '.', '-', "E", "#,##0%", "\u00a4\u00a0" + zeros, symbol, code, digits);
            case "nl":
                return new LocaleData(',', '.', '-', "E", "#,##0%", "\u00a4\u00a0" + zeros + ";\u00a4\u00a0-" + zeros,
                        symbol, code, digits);
            case "fr":
                return new LocaleData(',', country.equals("CA") ? '\u00a0' : '\u202f', '-', "E", "#,##0\u00a0%",
                        zeros + "\u00a0\u00a4", symbol, code, digits);
            case "ru":
                return new LocaleData(',', '\u00a0', '-', "E", "#,##0\u00a0%", zeros + "\u00a0\u00a4", symbol, code, digits);
            case "pl":
                return new LocaleData(',', '\u00a0', '-', "E", "#,##0%", zeros + "\u00a0\u00a4", symbol, code, digits);
            case "sv":
                return new LocaleData(',', '\u00a0', '\u2212', "\u00d710^", "#,##0\u00a0%", zeros + "\u00a0\u00a4", symbol,
                        code, digits);
            default:
                return new LocaleData('.', ',', '-', "E", "#,##0%", "\u00a4\u00a0" + zeros, symbol, code, digits);
        }
    }
}
