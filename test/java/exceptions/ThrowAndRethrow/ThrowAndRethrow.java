/** throw null, rethrowing the same object (stack trace kept), throwing Errors and Throwables, and catch ordering. */
public class ThrowAndRethrow {
    static RuntimeException saved;

    static void fail() {
        saved = new IllegalStateException("original");
        throw saved;
    }

    static void rethrow() {
        try {
            fail();
        } catch (IllegalStateException e) {
            throw e;
        }
    }

    static String classify(Throwable t) {
        try {
            throw t;
        } catch (IllegalArgumentException e) {
            return "IAE";
        } catch (RuntimeException e) {
            return "runtime " + e.getClass().getName();
        } catch (Error e) {
            return "error " + e.getMessage();
        } catch (Exception e) {
            return "checked " + e.getMessage();
        } catch (Throwable e) {
            return "throwable " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        try {
            RuntimeException nothing = null;
            throw nothing;
        } catch (NullPointerException e) {
            System.out.println("throw null gives NPE");
        }
        try {
            rethrow();
        } catch (IllegalStateException e) {
            System.out.println("same object: " + (e == saved) + ", top frame: " + e.getStackTrace()[0].getMethodName());
        }
        System.out.println(classify(new NumberFormatException("nfe")));
        System.out.println(classify(new IllegalArgumentException()));
        System.out.println(classify(new ArrayStoreException()));
        System.out.println(classify(new AssertionError("assert")));
        System.out.println(classify(new java.io.IOException("io")));
        System.out.println(classify(new Throwable("raw")));
        int caught = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                if (i % 3 == 0) throw new IllegalArgumentException("i=" + i);
                if (i % 5 == 0) throw new UnsupportedOperationException();
            } catch (IllegalArgumentException e) {
                caught += 1;
            } catch (RuntimeException e) {
                caught += 1000;
            }
        }
        System.out.println("caught total " + caught);
        try {
            throw new Error("custom error");
        } catch (Error e) {
            System.out.println("caught " + e);
        }
        AssertionError ae = new AssertionError(42);
        System.out.println("AssertionError(42) message: " + ae.getMessage());
    }
}
