/** Interface initialization (JVMS 5.5): only interfaces with default methods are initialized with an implementing class. */
public class InterfaceInit {
    static StringBuilder log = new StringBuilder();

    static int note(String s) {
        log.append(s).append(' ');
        return s.length();
    }

    interface Plain {
        int PLAIN_FIELD = note("Plain.PLAIN_FIELD");
        void run();
    }

    interface WithDefault {
        int DEFAULT_FIELD = note("WithDefault.DEFAULT_FIELD");
        default String greet() { return "hello"; }
    }

    interface Constant {
        int LIMIT = 10;
        String NAME = "const";
        int COMPUTED = note("Constant.COMPUTED");
    }

    interface Child extends WithDefault {
        int CHILD_FIELD = note("Child.CHILD_FIELD");
        default String child() { return "child"; }
    }

    static class Impl implements Plain, Child {
        static { note("Impl.static{}"); }
        public void run() { note("Impl.run()"); }
    }

    static class UsesConstant implements Constant {
        static { note("UsesConstant.static{}"); }
    }

    static String flush() {
        String s = log.toString().trim();
        log.setLength(0);
        return s;
    }

    public static void main(String[] args) {
        System.out.println("Constant.LIMIT = " + Constant.LIMIT + " NAME = " + Constant.NAME + " [" + flush() + "]");
        Impl impl = new Impl();
        System.out.println("new Impl() [" + flush() + "]");
        impl.run();
        System.out.println("greet " + impl.greet() + " " + impl.child() + " [" + flush() + "]");
        System.out.println("Plain.PLAIN_FIELD = " + Plain.PLAIN_FIELD + " [" + flush() + "]");
        new UsesConstant();
        System.out.println("new UsesConstant() [" + flush() + "]");
        System.out.println("Constant.COMPUTED = " + Constant.COMPUTED + " [" + flush() + "]");
        System.out.println("Child.CHILD_FIELD = " + Child.CHILD_FIELD + " [" + flush() + "]");
    }
}
