/** A command-line tool that validates its input and exits with a status code chosen by the outcome. */
public class ExitWithStatus {
    static final int OK = 0, WARNINGS = 3, ERRORS = 4;

    public static void main(String[] args) {
        String[] records = {"id=1", "id=2", "name", "id=x"};
        int warnings = 0, errors = 0;
        for (String r : records) {
            int eq = r.indexOf('=');
            if (eq < 0) {
                System.out.println("warning: no value in " + r);
                warnings++;
            } else if (!Character.isDigit(r.charAt(eq + 1))) {
                System.out.println("error: bad id in " + r);
                errors++;
            } else {
                System.out.println("ok: " + r);
            }
        }
        System.out.println(warnings + " warnings, " + errors + " errors");
        System.exit(errors > 0 ? ERRORS : warnings > 0 ? WARNINGS : OK);
    }
}
