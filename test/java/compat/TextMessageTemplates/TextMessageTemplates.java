import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.text.ParseException;
import java.util.Locale;

/** Localizable UI messages with MessageFormat and ChoiceFormat: plurals, numbers, quoting, parsing. */
public class TextMessageTemplates {
    public static void main(String[] args) throws ParseException {
        String plural = "There {0,choice,0#are no files|1#is one file|1<are {0,number,integer} files} in {1}.";
        MessageFormat mf = new MessageFormat(plural, Locale.US);
        for (int n : new int[] {0, 1, 2, 17, 1234}) {
            System.out.println(mf.format(new Object[] {n, "/tmp"}));
        }
        System.out.println(mf.toPattern());
        System.out.println();

        String[] templates = {"Hello {0}, you have {1} new messages", "{0,number,#.##} | {1,number,integer} | {2,number,percent}",
            "It''s {0}''s turn; literal '{1}' stays", "{0} {1} {2}", "{1}{0}{1}", "{0,number,0000.0}", "'{'{0}'}'",
            "{0,number, #.# }", "Total: {0,number,#,##0.00} for {1} item(s) ({2,number,percent} off)", "x{5}y"};
        Object[][] values = {{"Ann", 3}, {3.14159, 2.7, 0.256}, {"Bob"}, {null, 1234567, 1.5}, {"a", "b"}, {3.14159},
            {7}, {2.25}, {1234.5, 3, 0.15}, {1}};
        for (int i = 0; i < templates.length; i++) {
            MessageFormat f = new MessageFormat(templates[i], Locale.US);
            System.out.println(f.format(values[i]) + "   <- " + f.toPattern());
        }
        System.out.println();

        ChoiceFormat grade = new ChoiceFormat("0#F|60#D|70#C|80#B|90#A|100<A+");
        for (double score : new double[] {-5, 0, 59.99, 60, 75, 89.5, 90, 100, 100.5, Double.NaN}) {
            System.out.print(grade.format(score) + " ");
        }
        System.out.println("| " + grade.toPattern());
        ChoiceFormat sizes = new ChoiceFormat(new double[] {0, 1, 2}, new String[] {"none", "single", "many"});
        System.out.println(sizes.format(0) + " " + sizes.format(1) + " " + sizes.format(7) + " | " + sizes.toPattern()
                + " | limits " + sizes.getLimits().length + " | parse 'many' -> " + sizes.parse("many"));
        System.out.println(ChoiceFormat.nextDouble(1.0) + " " + ChoiceFormat.previousDouble(1.0) + " "
                + ChoiceFormat.previousDouble(0.0));

        for (String bad : new String[] {"{0", "{x}", "{0,foo}", "{0,number,#.#.#}", "{-1}", "{0,choice,a#b}"}) {
            try {
                System.out.println(bad + " -> " + MessageFormat.format(bad, 1));
            } catch (IllegalArgumentException e) {
                System.out.println(bad + " => " + e.getMessage());
            }
        }
        System.out.println("}{0} -> " + MessageFormat.format("}{0}", 1) + ", '{0} -> " + MessageFormat.format("'{0}", 1));

        MessageFormat parser = new MessageFormat("{0} scored {1,number} points in {2}", Locale.US);
        Object[] parsed = parser.parse("Alice scored 1,234.5 points in round three");
        System.out.println(parsed.length + " values: " + parsed[0] + " / " + parsed[1] + " (" + parsed[1].getClass().getSimpleName()
                + ") / " + parsed[2]);
        try {
            parser.parse("Bob got 3 points");
        } catch (ParseException e) {
            System.out.println("parse failed: " + e.getMessage() + " at " + e.getErrorOffset());
        }
        System.out.println(MessageFormat.format("{0} + {0} = {1}", 2, 4) + "; " + MessageFormat.format("no arguments", new Object[0]));
    }
}
