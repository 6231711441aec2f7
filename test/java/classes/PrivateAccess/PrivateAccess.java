/** Private members shared between a class and its nested classes (nestmates), including private methods called across them. */
public class PrivateAccess {
    private int secret = 7;
    private static String tag = "outer";

    private int doubled() { return secret * 2; }
    private static String shout(String s) { return s.toUpperCase() + "!"; }

    static class Vault {
        private long balance;
        private Vault(long initial) { balance = initial; }
        private void deposit(long amount) { balance += amount; }
        private static Vault open() { return new Vault(100); }
    }

    class Spy {
        private String report() {
            secret++;
            return "secret now " + secret + ", doubled " + doubled() + ", tag " + tag;
        }
    }

    interface Codec {
        String encode(String s);
        private String twice(String s) { return encode(encode(s)); }
        default String encodeTwice(String s) { return twice(s); }
    }

    static class Rot1 implements Codec {
        public String encode(String s) {
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) sb.append((char) (c + 1));
            return sb.toString();
        }
    }

    abstract static class Template {
        final String run() { return step1() + "," + step2(); }
        private String step1() { return "private step"; }
        protected abstract String step2();
    }

    public static void main(String[] args) {
        PrivateAccess outer = new PrivateAccess();
        Spy spy = outer.new Spy();
        System.out.println(spy.report());
        System.out.println(spy.report());
        Vault v = Vault.open();
        v.deposit(50);
        v.balance -= 25;
        System.out.println("vault " + v.balance + " " + shout(tag));
        System.out.println(new Rot1().encodeTwice("HAL"));
        Template t = new Template() {
            @Override protected String step2() { return "subclass step sees secret " + outer.secret; }
        };
        System.out.println(t.run());
        tag = "changed";
        System.out.println(spy.report());
    }
}
