/** Default methods: diamond resolution with X.super.m(), class methods winning over defaults, static and private interface methods. */
public class DefaultMethods {
    interface Named {
        String name();
        default String greeting() { return "Hello, " + decorate(name()); }
        private String decorate(String s) { return "<" + s + ">"; }
        static Named of(String n) { return () -> n; }
    }

    interface Polite extends Named {
        @Override default String greeting() { return "Good day, " + name(); }
    }

    interface Loud {
        default String greeting() { return "HEY"; }
        default int volume() { return 11; }
    }

    static class Person implements Polite, Loud {
        private final String n;
        Person(String n) { this.n = n; }
        public String name() { return n; }
        @Override public String greeting() { return Polite.super.greeting() + " / " + Loud.super.greeting(); }
    }

    static class Robot implements Named {
        public String name() { return "R2"; }
    }

    abstract static class Base {
        public String greeting() { return "from class"; }
    }

    static class Mixed extends Base implements Loud {}

    interface Counter {
        int next();
        default int skip(int n) {
            int last = 0;
            for (int i = 0; i < n; i++) last = next();
            return last;
        }
    }

    interface Left { default String who() { return "left"; } }
    interface Right { default String who() { return "right"; } }
    static class Both implements Left, Right {
        public String who() { return Left.super.who() + "+" + Right.super.who(); }
    }

    public static void main(String[] args) {
        System.out.println(new Person("Ada").greeting());
        System.out.println(new Robot().greeting());
        System.out.println(Named.of("lambda").greeting());
        Mixed m = new Mixed();
        System.out.println(m.greeting() + " volume " + m.volume());
        int[] state = {0};
        Counter c = () -> state[0] += 3;
        System.out.println("skip(4) = " + c.skip(4) + " then next " + c.next());
        System.out.println(new Both().who());
        Loud loud = new Person("Bob");
        System.out.println("via Loud: " + loud.greeting());
    }
}
