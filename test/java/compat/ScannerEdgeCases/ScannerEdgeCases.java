import java.util.ArrayList;
import java.util.InputMismatchException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Scanner;
import java.util.stream.Collectors;

/** Scanner behaviour on tricky inputs: token types, mismatches, lines, delimiters. */
public class ScannerEdgeCases {
    static void classify(String input) {
        Scanner sc = new Scanner(input);
        StringBuilder sb = new StringBuilder("classify [" + input + "]:");
        while (sc.hasNext()) {
            if (sc.hasNextInt()) {
                sb.append(" int(").append(sc.nextInt()).append(')');
            } else if (sc.hasNextLong()) {
                sb.append(" long(").append(sc.nextLong()).append(')');
            } else if (sc.hasNextDouble()) {
                sb.append(" double(").append(sc.nextDouble()).append(')');
            } else if (sc.hasNextBoolean()) {
                sb.append(" bool(").append(sc.nextBoolean()).append(')');
            } else {
                sb.append(" str(").append(sc.next()).append(')');
            }
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        classify("1 -2 +3 1,000 1,00 12,345,678 007 99999999999 -9223372036854775808 9223372036854775808");
        classify("1.5 -0.25 .5 5. 1e3 1.5E-2 1,234.5 NaN -Infinity Infinity 0x1.8p1 \u221e");
        classify("true FALSE TrUe yes \u0661\u0662 \u0969 x1 1x - + , .");
        classify("");
        classify("   \n\t  ");

        Scanner s = new Scanner("42 abc\nsecond line\n\nlast");
        System.out.println(s.nextInt() + " [" + s.nextLine() + "] [" + s.nextLine() + "] [" + s.nextLine() + "] ["
                + s.nextLine() + "] " + s.hasNextLine());
        try {
            s.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("nextLine: " + e.getMessage());
        }

        Scanner m = new Scanner("12 x 34");
        System.out.println(m.nextInt());
        try {
            m.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("mismatch: " + e.getMessage() + " then next=" + m.next());
        }
        System.out.println(m.nextInt());
        try {
            m.next();
        } catch (NoSuchElementException e) {
            System.out.println("end: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        Scanner big = new Scanner("3000000000 70000 300");
        try {
            big.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("range: " + e.getMessage());
        }
        System.out.println(big.nextLong() + " " + big.hasNextShort() + " " + big.nextInt());
        try {
            big.nextByte();
        } catch (NoSuchElementException e) {
            System.out.println("byte at end: " + e.getClass().getSimpleName());
        }
        Scanner b2 = new Scanner("300 ff -7f");
        System.out.println(b2.hasNextByte() + " " + b2.nextShort() + " " + b2.nextInt(16) + " " + b2.nextByte(16));

        Scanner csv = new Scanner("name, age ,city\nAda,36,London\n").useDelimiter("\\s*,\\s*|\\n");
        List<String> toks = new ArrayList<>();
        while (csv.hasNext()) {
            toks.add(csv.next());
        }
        System.out.println(toks + " delim=" + csv.delimiter());

        Scanner semi = new Scanner("a;b;;c;").useDelimiter(";");
        System.out.println(semi.tokens().collect(Collectors.toList()));
        Scanner words = new Scanner("the quick  brown\tfox");
        System.out.println(words.tokens().map(String::toUpperCase).collect(Collectors.joining("|")));

        Scanner fl = new Scanner("key=value; other=thing\nnext line");
        System.out.println(fl.findInLine("(\\w+)=(\\w+)") + " " + fl.match().group(2) + " " + fl.findInLine("other=(\\w+)")
                + " " + fl.findInLine("next") + " [" + fl.nextLine() + "] " + fl.findInLine("next") + " " + fl.nextLine());

        Scanner sk = new Scanner("   hello world");
        sk.skip("\\s*");
        System.out.println(sk.next("h\\w+") + " " + sk.hasNext("w.*") + " " + sk.hasNext("x.*") + " " + sk.next());
        try {
            new Scanner("abc").skip("\\d");
        } catch (NoSuchElementException e) {
            System.out.println("skip failed");
        }

        Scanner hex = new Scanner("ff 10 zz").useRadix(16);
        System.out.println(hex.radix() + " " + hex.nextInt() + " " + hex.nextInt() + " " + hex.hasNextInt() + " " + hex.hasNextInt(36));
        try {
            hex.useRadix(37);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        Scanner crlf = new Scanner("one\r\ntwo\rthree\n");
        System.out.println(crlf.nextLine() + "," + crlf.nextLine() + "," + crlf.nextLine() + "," + crlf.hasNextLine());

        Scanner mixed = new Scanner("5\n  hello there\n");
        int n = mixed.nextInt();
        System.out.println(n + " hasNext=" + mixed.hasNext() + " line=[" + mixed.nextLine() + "] line=[" + mixed.nextLine() + "]");

        Scanner lead = new Scanner("  word rest");
        try {
            lead.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("after mismatch line=[" + lead.nextLine() + "]");
        }

        Scanner closed = new Scanner("x");
        closed.close();
        try {
            closed.next();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            new Scanner("x").match();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        Scanner doubles = new Scanner("3,5 1e400 -0.0");
        System.out.println(doubles.hasNextDouble() + " " + doubles.next() + " " + doubles.nextDouble() + " " + doubles.nextDouble());
        Scanner horizon = new Scanner("abc123def456");
        System.out.println(horizon.findWithinHorizon("\\d+", 4) + " " + horizon.findWithinHorizon("\\d+", 0) + " "
                + horizon.findWithinHorizon("\\d+", 0));
        System.out.println(new Scanner("a1b2c3").findAll("\\d").map(r -> r.group()).collect(Collectors.joining("+")));
    }
}
