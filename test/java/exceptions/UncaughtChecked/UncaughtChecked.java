/** main declares a checked exception and lets one escape; the exception has a null message and a custom toString. */
public class UncaughtChecked {
    static class ValidationException extends Exception {
        final int line;
        ValidationException(int line) { this.line = line; }
        @Override public String toString() { return "ValidationException at line " + line; }
    }

    static void validate(String[] lines) throws ValidationException {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) throw new ValidationException(i + 1);
            System.out.println("line " + (i + 1) + " ok: " + lines[i].strip());
        }
    }

    public static void main(String[] args) throws Exception {
        validate(new String[] {"alpha", " beta ", "   ", "delta"});
    }
}
