/** What a method returns when finally blocks return, modify locals, or swallow exceptions. */
public class FinallyReturns {
    static StringBuilder trace = new StringBuilder();

    @SuppressWarnings("finally")
    static int finallyOverrides() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int finallyModifiesLocal() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            trace.append("x=").append(x).append(' ');
        }
    }

    static StringBuilder finallyModifiesObject() {
        StringBuilder sb = new StringBuilder("start");
        try {
            return sb;
        } finally {
            sb.append("+finally");
        }
    }

    @SuppressWarnings("finally")
    static String swallowsException() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return "swallowed";
        }
    }

    static int nested() {
        int r = 0;
        try {
            try {
                r += 1;
                return r;
            } finally {
                r += 10;
                trace.append("inner r=").append(r).append(' ');
            }
        } finally {
            r += 100;
            trace.append("outer r=").append(r).append(' ');
        }
    }

    static long loopWithFinally() {
        long total = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                total += i * 10;
            } finally {
                total += 1;
            }
        }
        return total;
    }

    static double catchReturns(int mode) {
        try {
            if (mode == 0) return 1.5;
            throw new IllegalStateException("mode " + mode);
        } catch (IllegalStateException e) {
            trace.append("catch ").append(e.getMessage()).append(' ');
            return -1.5;
        } finally {
            trace.append("finally ").append(mode).append(' ');
        }
    }

    @SuppressWarnings("finally")
    static int deep(int n) {
        try {
            if (n == 0) throw new RuntimeException("bottom");
            return deep(n - 1) + 1;
        } finally {
            if (n == 2) return 100;
        }
    }

    public static void main(String[] args) {
        System.out.println("finallyOverrides " + finallyOverrides());
        System.out.println("finallyModifiesLocal " + finallyModifiesLocal() + " trace " + trace);
        trace.setLength(0);
        System.out.println("finallyModifiesObject " + finallyModifiesObject());
        System.out.println("swallowsException " + swallowsException());
        System.out.println("nested " + nested() + " trace " + trace);
        trace.setLength(0);
        System.out.println("loopWithFinally " + loopWithFinally());
        System.out.println("catchReturns " + catchReturns(0) + " " + catchReturns(1) + " trace " + trace);
        System.out.println("deep " + deep(5));
    }
}
