import java.util.Formattable;
import java.util.FormattableFlags;
import java.util.Formatter;
import java.util.List;
import java.util.Objects;

/** %s, %h and %b over user types: toString, hashCode and Formattable implementations. */
public class FormatHashCodes {
    record Point(int x, int y) {
    }

    static final class Money implements Formattable {
        final long cents;
        final String currency;

        Money(long cents, String currency) {
            this.cents = cents;
            this.currency = currency;
        }

        @Override
        public void formatTo(Formatter formatter, int flags, int width, int precision) {
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            boolean upper = (flags & FormattableFlags.UPPERCASE) != 0;
            boolean alt = (flags & FormattableFlags.ALTERNATE) != 0;
            String text = String.format("%d.%02d %s", cents / 100, Math.abs(cents % 100), upper ? currency.toUpperCase() : currency);
            if (alt) {
                text = "<" + text + ">";
            }
            if (precision >= 0 && text.length() > precision) {
                text = text.substring(0, precision);
            }
            if (width > text.length()) {
                String pad = " ".repeat(width - text.length());
                text = left ? text + pad : pad + text;
            }
            formatter.format("%s", text);
        }

        @Override
        public String toString() {
            return "Money(" + cents + ")";
        }

        @Override
        public int hashCode() {
            return Long.hashCode(cents) * 31 + currency.hashCode();
        }
    }

    static final class Key {
        final String name;

        Key(String name) {
            this.name = name;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name) * 7919;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.name.equals(name);
        }

        @Override
        public String toString() {
            return "Key[" + name + "]";
        }
    }

    public static void main(String[] args) {
        Object[] things = {"hello", "", 42, -42L, 3.5, 'z', true, new Point(3, -4), new Key("k1"), List.of(1, 2, 3),
            new Money(12345, "eur"), null};
        for (Object o : things) {
            System.out.printf("%-20s|%12h|%-12H|%b|%.5s|%n", o, o, o, o, o);
        }
        System.out.println();
        Money m = new Money(-705, "usd");
        System.out.println(String.format("[%s] [%20s] [%-20s] [%S] [%#s] [%.4s] [%-#15S]", m, m, m, m, m, m, m));
        System.out.printf("hash of \"%s\" is %h; String.hashCode gives %x%n", "format", "format", "format".hashCode());
        System.out.printf("%s %S %s%n", new Point(1, 2), new Point(1, 2), List.of(new Point(0, 0)));
        System.out.printf("%10.3s|%-10.3S|%n", new Key("abcdef"), new Key("abcdef"));
        System.out.printf("%b %B %b %b%n", Boolean.FALSE, "anything", 0, (Object) null);
    }
}
