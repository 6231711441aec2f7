/** A failing static initializer: ExceptionInInitializerError first, then NoClassDefFoundError on later uses. */
public class InitializerErrors {
    static class Config {
        static final int PORT = Integer.parseInt("80x");
        static int value() { return PORT; }
    }

    static class Registry {
        static int[] table = new int[2];
        static {
            System.out.println("Registry initializing");
            table[5] = 1;
        }
        static int size() { return table.length; }
    }

    static class Healthy {
        static { System.out.println("Healthy initializing"); }
        static String ping() { return "pong"; }
    }

    static class ThrowsError {
        static { if (true) throw new IllegalStateException("bad state"); }
        static void touch() {}
    }

    public static void main(String[] args) {
        try {
            System.out.println(Config.value());
        } catch (ExceptionInInitializerError e) {
            System.out.println("first use: " + e.getClass().getName() + ", message " + e.getMessage());
            System.out.println("cause: " + e.getCause());
        }
        try {
            System.out.println(Config.value());
        } catch (NoClassDefFoundError e) {
            System.out.println("second use: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.println(Config.PORT);
        } catch (NoClassDefFoundError e) {
            System.out.println("field read: " + e.getMessage());
        }
        try {
            Registry.size();
        } catch (ExceptionInInitializerError e) {
            System.out.println("Registry: " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
        }
        for (int i = 0; i < 2; i++) {
            try {
                new Registry();
            } catch (NoClassDefFoundError e) {
                System.out.println("new Registry(): " + e.getMessage());
            }
        }
        try {
            ThrowsError.touch();
        } catch (ExceptionInInitializerError e) {
            System.out.println("ThrowsError cause: " + e.getCause());
        }
        try {
            ThrowsError.touch();
        } catch (NoClassDefFoundError e) {
            System.out.println("ThrowsError again: " + e.getMessage());
        }
        System.out.println(Healthy.ping());
        System.out.println(Healthy.ping());
    }
}
