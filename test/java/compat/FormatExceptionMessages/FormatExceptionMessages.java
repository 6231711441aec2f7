import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.Formatter;
import java.util.FormatterClosedException;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.IllegalFormatWidthException;
import java.util.MissingFormatArgumentException;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;

/** A format-string linter: runs user-supplied templates and reports each IllegalFormatException. */
public class FormatExceptionMessages {
    static int failures;

    static void check(String template, Object... args) {
        try {
            String result = String.format(template, args);
            System.out.printf("OK    %-22s -> \"%s\"%n", quote(template), result);
        } catch (IllegalFormatException e) {
            failures++;
            System.out.printf("FAIL  %-22s -> %s: %s%n", quote(template), e.getClass().getSimpleName(), e.getMessage());
            describe(e);
        }
    }

    static String quote(String s) {
        return "'" + s.replace("\n", "\\n") + "'";
    }

    /** Uses the subtype-specific accessors. */
    static void describe(IllegalFormatException e) {
        if (e instanceof UnknownFormatConversionException u) {
            System.out.println("      conversion=" + u.getConversion());
        } else if (e instanceof IllegalFormatConversionException c) {
            System.out.println("      conversion=" + c.getConversion() + " argument=" + c.getArgumentClass().getName());
        } else if (e instanceof FormatFlagsConversionMismatchException m) {
            System.out.println("      flags=" + m.getFlags() + " conversion=" + m.getConversion());
        } else if (e instanceof MissingFormatArgumentException m) {
            System.out.println("      specifier=" + m.getFormatSpecifier());
        } else if (e instanceof MissingFormatWidthException m) {
            System.out.println("      specifier=" + m.getFormatSpecifier());
        } else if (e instanceof DuplicateFormatFlagsException d) {
            System.out.println("      flags=" + d.getFlags());
        } else if (e instanceof IllegalFormatFlagsException f) {
            System.out.println("      flags=" + f.getFlags());
        } else if (e instanceof IllegalFormatPrecisionException p) {
            System.out.println("      precision=" + p.getPrecision());
        } else if (e instanceof IllegalFormatWidthException w) {
            System.out.println("      width=" + w.getWidth());
        } else if (e instanceof IllegalFormatCodePointException c) {
            System.out.println("      codePoint=" + c.getCodePoint());
        } else {
            System.out.println("      (" + e.getClass().getName() + ")");
        }
    }

    public static void main(String[] args) {
        check("%d items", 3);
        check("%d items");
        check("%s and %s", "one");
        check("%q", 1);
        check("%d", "text");
        check("%f", 42);
        check("%c", 3.5);
        check("%c", 0x110000);
        check("%c", -5);
        check("%#d", 1);
        check("%+s", "x");
        check("%,x", 255);
        check("%(o", 8);
        check("% x", 8);
        check("%#b", true);
        check("%.2d", 5);
        check("%.3c", 'x');
        check("%-d", 5);
        check("%0s", "x");
        check("%05s", "x");
        check("%--5d", 5);
        check("%++d", 5);
        check("%-05d", 5);
        check("%+ d", 5);
        check("%5n");
        check("%-n");
        check("%.1%");
        check("%#%");
        check("%0$s", "zero");
        check("%3$s", "a", "b");
        check("%<s", "first");
        check("%s %<s %<S", "echo");
        check("%2$s %1$s %s", "a", "b");
        check("%tQ", "not a date");
        check("%tz", 5);
        check("%1$", 1);
        check("%.f", 1.0);
        check("abc %");
        check("%,e", 1.0);
        check("%#g", 1.0);
        check("%(a", 1.0);
        check("%99999999999d", 1);
        check("%.99999999999f", 1.0);
        check("%99999999999$s", 1);
        check("%h %H", "hash", "hash");
        check("%b %b %b", null, 0, "false");
        check("%-8s|%8s|", null, null);
        check("100%% sure, %n done");
        System.out.println();

        Formatter f = new Formatter();
        f.format("first %d", 1);
        f.close();
        try {
            f.format("second");
        } catch (FormatterClosedException e) {
            System.out.println("closed formatter: " + e.getClass().getName() + " message=" + e.getMessage());
        }
        try {
            System.out.println(f.toString());
        } catch (FormatterClosedException e) {
            System.out.println("toString on closed formatter: " + e.getClass().getSimpleName());
        }
        StringBuilder partial = new StringBuilder();
        Formatter g = new Formatter(partial);
        try {
            g.format("kept %d, kept %s, lost %d, never %s", 1, "two", "three", "four");
        } catch (IllegalFormatConversionException e) {
            System.out.println("partial output before the error: [" + partial + "] " + e.getMessage());
        }
        try {
            System.out.printf("printf wrote this much: %s %d%n", "before", "after");
        } catch (IllegalFormatConversionException e) {
            System.out.println();
            System.out.println("printf stopped at: " + e.getMessage());
        }
        System.out.println(failures + " templates failed");
    }
}
