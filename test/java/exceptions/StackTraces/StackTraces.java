/** Stack trace elements as a program sees them: class, method and line of each user frame. */
public class StackTraces {
    static class Parser {
        int parse(String s) {
            return digit(s, 0) * 10 + digit(s, 1);
        }

        int digit(String s, int i) {
            char c = s.charAt(i);
            if (!Character.isDigit(c)) {
                throw new NumberFormatException("not a digit: " + c);
            }
            return c - '0';
        }
    }

    static Throwable captured() {
        return new Throwable("captured here");
    }

    static void printUserFrames(Throwable t) {
        System.out.println(t);
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("StackTraces")) {
                System.out.println("  " + e.getClassName() + "." + e.getMethodName() + " line " + e.getLineNumber() + " file " + e.getFileName());
            }
        }
    }

    static int recurse(int n) {
        if (n == 0) throw new IllegalStateException("bottom");
        return recurse(n - 1) + 1;
    }

    public static void main(String[] args) {
        Parser p = new Parser();
        System.out.println(p.parse("42"));
        try {
            p.parse("4x");
        } catch (NumberFormatException e) {
            printUserFrames(e);
        }
        printUserFrames(captured());
        try {
            recurse(3);
        } catch (IllegalStateException e) {
            printUserFrames(e);
        }
        Runnable r = new Runnable() {
            @Override
            public void run() {
                throw new UnsupportedOperationException("anonymous");
            }
        };
        try {
            r.run();
        } catch (UnsupportedOperationException e) {
            printUserFrames(e);
        }
        StackTraceElement here = new Throwable().getStackTrace()[0];
        System.out.println("current method " + here.getMethodName() + " at line " + here.getLineNumber());
        Exception noTrace = new Exception("no trace") {
            @Override
            public synchronized Throwable fillInStackTrace() {
                return this;
            }
        };
        System.out.println("frames when fillInStackTrace is skipped: " + noTrace.getStackTrace().length);
    }
}
