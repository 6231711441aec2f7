import java.util.ArrayList;
import java.util.List;

/** Ordering of try/catch/finally, multi-catch, rethrow, try-with-resources and suppressed exceptions. */
public class TryCatchFinally {
    static List<String> events = new ArrayList<>();

    static class Resource implements AutoCloseable {
        final String name;
        final boolean failOnClose;
        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            events.add("open " + name);
        }
        @Override
        public void close() {
            events.add("close " + name);
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static void step(int mode) throws Exception {
        try {
            events.add("try " + mode);
            if (mode == 1) throw new IllegalArgumentException("bad arg");
            if (mode == 2) throw new java.io.IOException("io");
            if (mode == 3) throw new UnsupportedOperationException("unsupported");
            events.add("try done");
        } catch (IllegalArgumentException | java.io.IOException e) {
            events.add("caught " + e.getClass().getSimpleName());
            if (e instanceof java.io.IOException) throw e;
        } finally {
            events.add("finally " + mode);
        }
        events.add("after " + mode);
    }

    static void flush(String title) {
        System.out.println(title + ": " + String.join(", ", events));
        events.clear();
    }

    public static void main(String[] args) {
        for (int mode = 0; mode <= 3; mode++) {
            try {
                step(mode);
            } catch (Exception e) {
                events.add("main caught " + e.getMessage());
            }
            flush("mode " + mode);
        }
        try (Resource a = new Resource("a", false); Resource b = new Resource("b", false)) {
            events.add("body");
        }
        flush("twr normal");
        try (Resource a = new Resource("a", true); Resource b = new Resource("b", true)) {
            events.add("body");
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            events.add("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) events.add("suppressed " + s.getMessage());
        } finally {
            events.add("finally");
        }
        flush("twr failing");
        try (Resource a = new Resource("only", true)) {
            events.add("body");
        } catch (IllegalStateException e) {
            events.add("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        flush("twr close fails");
        try {
            try {
                throw new RuntimeException("inner");
            } finally {
                events.add("inner finally");
            }
        } catch (RuntimeException e) {
            events.add("outer caught " + e.getMessage());
        } finally {
            events.add("outer finally");
        }
        flush("nested");
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                events.add("finally throws");
                if (events.size() > 0) throw new IllegalStateException("second");
            }
        } catch (RuntimeException e) {
            events.add("caught " + e.getMessage());
        }
        flush("finally replaces");
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                if (attempts < 3) throw new RuntimeException("retry");
                events.add("succeeded after " + attempts);
                break;
            } catch (RuntimeException e) {
                events.add(e.getMessage() + " " + attempts);
            } finally {
                events.add("finally " + attempts);
            }
        }
        flush("retry loop");
    }
}
