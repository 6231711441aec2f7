/** Overload resolution: widening beats boxing beats varargs, most specific reference type, null arguments, char and byte promotion. */
public class Overloading {
    static String f(byte x) { return "byte"; }
    static String f(short x) { return "short"; }
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(float x) { return "float"; }
    static String f(double x) { return "double"; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }
    static String g(Object x) { return "g(Object)"; }

    static String h(Object o) { return "h(Object)"; }
    static String h(String s) { return "h(String)"; }
    static String h(CharSequence s) { return "h(CharSequence)"; }

    static String k(double x) { return "k(double)"; }
    static String k(Object x) { return "k(Object)"; }

    static String m(int... xs) { return "m(int...)"; }
    static String m(Integer a, Integer b) { return "m(Integer,Integer)"; }

    static class Base {
        String who(Base b) { return "Base.who(Base)"; }
        String who(Derived d) { return "Base.who(Derived)"; }
    }

    static class Derived extends Base {
        @Override String who(Base b) { return "Derived.who(Base)"; }
        @Override String who(Derived d) { return "Derived.who(Derived)"; }
    }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        System.out.println(f(b) + " " + f(s) + " " + f(c) + " " + f(3) + " " + f(4L) + " " + f(5f) + " " + f(6.0) + " " + f(b + b) + " " + f(c + 1L));
        System.out.println(g(1) + " " + g(Integer.valueOf(1)) + " " + g("x") + " " + g('z'));
        System.out.println(h("str") + " " + h(new StringBuilder()) + " " + h(null) + " " + h((Object) "str") + " " + h(42));
        System.out.println(k(1) + " " + k(1L) + " " + k('c') + " " + k(Integer.valueOf(1)) + " " + k(true));
        System.out.println(m(1, 2) + " " + m(1) + " " + m(1, 2, 3) + " " + m());
        Base base = new Derived();
        Derived derived = new Derived();
        System.out.println(base.who(base) + " " + base.who(derived) + " " + derived.who((Base) derived) + " " + new Base().who(derived));
        StringBuilder sb = new StringBuilder();
        sb.append('a').append((int) 'a').append(1.5f).append(2L).append((Object) null).append((String) null).append(new char[] {'x', 'y'}).append(true);
        System.out.println(sb);
        System.out.println(String.valueOf(new char[] {'h', 'i'}) + " " + String.valueOf((Object) "obj") + " " + String.valueOf(3.0f) + " " + String.valueOf('q'));
        System.out.println(Math.max(1, 2L) + " " + Math.max(1, 2.5f) + " " + Math.abs(-7) + " " + Math.abs(-7.5) + " " + Math.round(2.5) + " " + Math.round(2.5f));
    }
}
