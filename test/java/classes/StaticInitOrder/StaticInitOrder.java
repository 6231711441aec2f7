/** Static initialization order: superclass before subclass, textual order within a class, and what does or does not trigger it. */
public class StaticInitOrder {
    static StringBuilder log = new StringBuilder();

    static int note(String s, int v) {
        log.append(s).append(' ');
        return v;
    }

    static class Base {
        static int baseValue = note("Base.baseValue", 1);
        static { note("Base.static{}", 0); }
        static final int CONSTANT = 99;
        static final Integer BOXED = note("Base.BOXED", 7);
        static void hello() { note("Base.hello()", 0); }
    }

    static class Derived extends Base {
        static int derivedValue = note("Derived.derivedValue", 2);
        static { note("Derived.static{}", 0); }
        static int forward = Derived.later + 1; // qualified: sees the default value 0
        static int later = note("Derived.later", 10);
    }

    static class Lazy {
        static { note("Lazy.static{}", 0); }
        static final String NAME = "lazy";
        static final String COMPUTED = String.valueOf(NAME.length());
    }

    static class Holder {
        static { note("Holder.static{}", 0); }
        static final Holder INSTANCE = new Holder();
        final int id;
        Holder() { id = note("Holder()", 5); }
    }

    static String flush() {
        String s = log.toString().trim();
        log.setLength(0);
        return s;
    }

    public static void main(String[] args) {
        System.out.println("start: [" + flush() + "]");
        System.out.println("Base.CONSTANT = " + Base.CONSTANT + " [" + flush() + "]");
        System.out.println("Derived.baseValue = " + Derived.baseValue + " [" + flush() + "]");
        System.out.println("Derived.derivedValue = " + Derived.derivedValue + " [" + flush() + "]");
        System.out.println("Derived.forward = " + Derived.forward + ", later = " + Derived.later);
        Derived[] array = new Derived[3];
        System.out.println("array of Lazy-free type: " + array.length + " [" + flush() + "]");
        Lazy[] lazies = new Lazy[2];
        System.out.println("Lazy[] created [" + flush() + "]");
        System.out.println("Lazy.NAME = " + Lazy.NAME + " [" + flush() + "]");
        System.out.println("Lazy.COMPUTED = " + Lazy.COMPUTED + " [" + flush() + "]" + lazies.length);
        Object o = Holder.class;
        System.out.println("Holder.class literal [" + flush() + "] " + (o != null));
        System.out.println("Holder.INSTANCE.id = " + Holder.INSTANCE.id + " [" + flush() + "]");
        Base.hello();
        System.out.println("again [" + flush() + "]");
    }
}
