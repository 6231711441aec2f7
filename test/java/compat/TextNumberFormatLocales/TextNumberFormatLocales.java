import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** A price list printed for several locales with NumberFormat and String.format(Locale, ...). */
public class TextNumberFormatLocales {
    /** Shows non-ASCII characters as \\uXXXX so the output stays ASCII. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 128) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Locale[] locales = {Locale.US, Locale.UK, Locale.ROOT, Locale.ENGLISH, Locale.GERMANY, Locale.FRANCE, Locale.ITALY,
            Locale.JAPAN, Locale.CANADA, new Locale("es", "ES"), new Locale("pt", "BR")};
        double[] prices = {0, 0.5, 9.99, 1234.5, -1234.567, 1_000_000.125};
        for (Locale l : locales) {
            NumberFormat number = NumberFormat.getNumberInstance(l);
            NumberFormat currency = NumberFormat.getCurrencyInstance(l);
            NumberFormat percent = NumberFormat.getPercentInstance(l);
            NumberFormat integer = NumberFormat.getIntegerInstance(l);
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(l);
            System.out.printf("== %s (%s) decimal '%s' grouping '%s' minus '%s' exponent '%s' currency %s/%s%n",
                    l, l.toLanguageTag(), ascii(String.valueOf(symbols.getDecimalSeparator())),
                    ascii(String.valueOf(symbols.getGroupingSeparator())), ascii(String.valueOf(symbols.getMinusSign())),
                    symbols.getExponentSeparator(), ascii(symbols.getCurrencySymbol()), symbols.getInternationalCurrencySymbol());
            System.out.println("   patterns: " + ascii(((DecimalFormat) number).toPattern()) + " | "
                    + ascii(((DecimalFormat) currency).toPattern()) + " | " + ascii(((DecimalFormat) percent).toPattern()));
            for (double p : prices) {
                System.out.println("   " + ascii(number.format(p)) + " | " + ascii(currency.format(p)) + " | "
                        + ascii(percent.format(p / 100)) + " | " + ascii(integer.format(p)) + " | "
                        + ascii(String.format(l, "%,.2f %e %g", p, p, p)));
            }
        }
        System.out.println();
        Locale saved = Locale.getDefault();
        System.out.println("default locale " + saved + " tag " + saved.toLanguageTag() + " country '" + saved.getCountry() + "'");
        System.out.println(String.format("%,.3f", 1234567.891) + " " + NumberFormat.getInstance().format(1234567.891));
        Locale.setDefault(Locale.GERMANY);
        System.out.println("after setDefault(GERMANY): " + String.format("%,.3f", 1234567.891) + " "
                + NumberFormat.getInstance().format(1234567.891) + " " + new DecimalFormat("#,##0.00").format(-9876.5));
        Locale.setDefault(saved);
        System.out.println("restored: " + String.format("%,.3f", 1234567.891));
        System.out.println(String.format((Locale) null, "%,.2f %s", 1234.5, "no locale"));
        System.out.println(new Locale("EN", "us") + " " + new Locale("de") + " " + new Locale("", "FR") + " "
                + Locale.forLanguageTag("pt-BR") + " " + Locale.forLanguageTag("und") + "|" + Locale.ROOT.toLanguageTag()
                + " " + Locale.US.equals(new Locale("en", "US")) + " " + Locale.CHINA.getCountry());
    }
}
