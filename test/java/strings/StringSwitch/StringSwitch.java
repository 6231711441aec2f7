/** switch on strings: a command interpreter, hash collisions ("Aa"/"BB"), defaults, and switch expressions. */
public class StringSwitch {
    static int execute(String[] program) {
        int acc = 0;
        for (String line : program) {
            int space = line.indexOf(' ');
            String cmd = space < 0 ? line : line.substring(0, space);
            int arg = space < 0 ? 0 : Integer.parseInt(line.substring(space + 1));
            switch (cmd) {
                case "add": acc += arg; break;
                case "sub": acc -= arg; break;
                case "mul": acc *= arg; break;
                case "neg": acc = -acc; break;
                case "reset": acc = 0; break;
                case "print": System.out.println("  acc = " + acc); break;
                default: System.out.println("  unknown command: " + cmd);
            }
        }
        return acc;
    }

    static String collide(String s) {
        switch (s) {
            case "Aa": return "first";
            case "BB": return "second";
            case "AaAa": return "third";
            case "BBBB": return "fourth";
            case "AaBB": return "fifth";
            default: return "none";
        }
    }

    static int weekdayNumber(String day) {
        return switch (day.toLowerCase()) {
            case "mon", "monday" -> 1;
            case "tue", "tuesday" -> 2;
            case "wed", "wednesday" -> 3;
            case "thu", "thursday" -> 4;
            case "fri", "friday" -> 5;
            case "sat", "saturday", "sun", "sunday" -> {
                int weekend = day.startsWith("sa") || day.startsWith("Sa") ? 6 : 7;
                yield weekend;
            }
            default -> -1;
        };
    }

    public static void main(String[] args) {
        int result = execute(new String[] {"add 5", "mul 7", "print", "sub 50", "neg", "print", "jump 3", "reset", "add 1", "print"});
        System.out.println("result " + result);
        System.out.println("hash Aa=" + "Aa".hashCode() + " BB=" + "BB".hashCode());
        for (String s : new String[] {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", ""}) System.out.println(s + " -> " + collide(s));
        for (String d : new String[] {"Mon", "FRIDAY", "Sat", "sunday", "holiday"}) System.out.println(d + " -> " + weekdayNumber(d));
        String empty = "";
        switch (empty) {
            case "": System.out.println("matched empty string"); break;
            default: System.out.println("no match");
        }
    }
}
