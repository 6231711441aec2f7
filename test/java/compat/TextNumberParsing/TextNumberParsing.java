import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;

/** Parses user-entered amounts with NumberFormat/DecimalFormat, reporting where parsing stopped. */
public class TextNumberParsing {
    static void tryParse(NumberFormat nf, String label, String text) {
        ParsePosition pp = new ParsePosition(0);
        Number n = nf.parse(text, pp);
        String shown = n == null ? "null" : n.getClass().getSimpleName() + " " + n;
        System.out.printf("%-9s %-22s -> %-32s index=%d error=%d%n", label, "'" + text + "'", shown, pp.getIndex(),
                pp.getErrorIndex());
    }

    public static void main(String[] args) {
        NumberFormat plain = NumberFormat.getInstance(Locale.US);
        String[] inputs = {"1,234.56", "-1,234", "abc", "12abc", "-0", "0", "1e3", "1E3", "1.5E-2", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "1,2,3", "  5", "+5", "NaN", ".5", "5.", "1,234.000", "-0.0",
            "007", "3.14159265358979323846", "1,", "1,,2", "12.34.56", "1E", "2E+3", "-.5"};
        for (String s : inputs) {
            tryParse(plain, "number", s);
        }
        NumberFormat integer = NumberFormat.getIntegerInstance(Locale.US);
        for (String s : new String[] {"12.7", "1,000", "-42.9", "x"}) {
            tryParse(integer, "integer", s);
        }
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.US);
        for (String s : new String[] {"25%", "12.5%", "-3%", "50", "1,000%"}) {
            tryParse(percent, "percent", s);
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        for (String s : new String[] {"$1,234.50", "-$0.99", "1234", "$-5"}) {
            tryParse(money, "currency", s);
        }
        DecimalFormat acct = new DecimalFormat("#,##0.00;(#,##0.00)");
        for (String s : new String[] {"(1,234.50)", "1,234.50", "(5", "(0.00)"}) {
            tryParse(acct, "accounting", s);
        }
        DecimalFormat sci = new DecimalFormat("0.###E0");
        for (String s : new String[] {"1.5E3", "2E-2", "-7.25E10", "4"}) {
            tryParse(sci, "sci", s);
        }
        ParsePosition middle = new ParsePosition(6);
        System.out.println("from index 6 of 'total=42.5kg': " + plain.parse("total=42.5kg", middle) + " next " + middle.getIndex());
        String[] fields = "12;7.5;-3;x;1,024".replace(';', ' ').trim().isEmpty() ? new String[0] : new String[] {"12", "7.5", "-3", "x", "1,024"};
        double sum = 0;
        for (String f : fields) {
            try {
                sum += plain.parse(f).doubleValue();
            } catch (ParseException e) {
                System.out.println("skipped: " + e.getMessage() + " at offset " + e.getErrorOffset());
            }
        }
        System.out.println("sum " + plain.format(sum));
        integer.setParseIntegerOnly(false);
        System.out.println("integer instance, parseIntegerOnly=false: " + integer.isParseIntegerOnly() + " "
                + tryNumber(integer, "12.7"));
    }

    static String tryNumber(NumberFormat nf, String s) {
        try {
            return String.valueOf(nf.parse(s));
        } catch (ParseException e) {
            return "ParseException " + e.getMessage();
        }
    }
}
