/** String identity: literals are interned, compile-time constants fold, runtime concatenation creates new objects, intern() canonicalizes. */
public class StringInterning {
    static final String PREFIX = "inter";
    static String nonFinal = "inter";

    static String build(String a, String b) {
        return a + b;
    }

    public static void main(String[] args) {
        String literal = "interned";
        String same = "interned";
        String folded = "inter" + "ned";
        String constantFolded = PREFIX + "ned";
        String runtime = nonFinal + "ned";
        String built = build("inter", "ned");
        String fromChars = new String(new char[] {'i', 'n', 't', 'e', 'r', 'n', 'e', 'd'});
        String copy = new String(literal);
        System.out.println("literal == same: " + (literal == same));
        System.out.println("literal == folded: " + (literal == folded));
        System.out.println("literal == constantFolded: " + (literal == constantFolded));
        System.out.println("literal == runtime: " + (literal == runtime));
        System.out.println("literal == built: " + (literal == built));
        System.out.println("literal == fromChars: " + (literal == fromChars));
        System.out.println("literal == copy: " + (literal == copy));
        System.out.println("runtime.intern() == literal: " + (runtime.intern() == literal));
        System.out.println("built.intern() == fromChars.intern(): " + (built.intern() == fromChars.intern()));
        System.out.println("all equal: " + (literal.equals(runtime) && runtime.equals(built) && built.equals(fromChars) && fromChars.equals(copy)));
        String fresh = new StringBuilder("never").append("Seen").append("Before").toString();
        String canonical = fresh.intern();
        System.out.println("fresh.intern() == fresh: " + (canonical == fresh) + ", equals literal: " + (canonical == "neverSeenBefore"));
        String[] pool = new String[100];
        for (int i = 0; i < pool.length; i++) pool[i] = ("key" + (i % 10)).intern();
        int distinct = 0;
        for (int i = 0; i < pool.length; i++) {
            boolean seen = false;
            for (int j = 0; j < i; j++) if (pool[j] == pool[i]) { seen = true; break; }
            if (!seen) distinct++;
        }
        System.out.println("distinct interned objects: " + distinct);
        System.out.println("empty literal == \"\" + \"\": " + ("" == "" + "") + ", toString identity: " + (literal.toString() == literal));
        System.out.println("substring(0) identity: " + (literal.substring(0) == literal) + ", valueOf identity: " + (String.valueOf(literal) == literal));
        Object asObject = literal;
        System.out.println("as Object equals: " + asObject.equals("interned") + ", == " + (asObject == "interned"));
        System.out.println("OtherClass constant same object: " + (Other.VALUE == "shared-literal"));
    }
}

class Other {
    static final String VALUE = "shared-" + "literal";
}
