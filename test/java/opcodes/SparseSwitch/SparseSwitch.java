/** Sparse switches compile to lookupswitch: HTTP status codes, negative and extreme keys, char keys. */
public class SparseSwitch {
    static String status(int code) {
        switch (code) {
            case 200: return "OK";
            case 201: return "Created";
            case 301: return "Moved Permanently";
            case 304: return "Not Modified";
            case 400: return "Bad Request";
            case 404: return "Not Found";
            case 418: return "I'm a teapot";
            case 500: return "Internal Server Error";
            case 503: return "Service Unavailable";
            default: return "Unknown (" + code + ")";
        }
    }

    static int extremes(int v) {
        switch (v) {
            case Integer.MIN_VALUE: return -100;
            case -1000000: return -2;
            case -1: return -1;
            case 0: return 0;
            case 1 << 20: return 20;
            case Integer.MAX_VALUE: return 100;
            default: return 7;
        }
    }

    static String classify(char c) {
        switch (c) {
            case '+': case '-': case '*': case '/': return "operator";
            case '(': case ')': return "paren";
            case ' ': case '\t': return "space";
            case 'x': return "variable";
            default: return Character.isDigit(c) ? "digit" : "other";
        }
    }

    static int arrowSwitch(long id) {
        int bucket = (int) (id % 1000);
        return switch (bucket) {
            case 7, 77, 777 -> 3;
            case -5 -> -5;
            case 999 -> {
                int t = bucket / 3;
                yield t;
            }
            default -> 0;
        };
    }

    public static void main(String[] args) {
        int[] codes = {200, 201, 202, 301, 304, 400, 404, 418, 499, 500, 503, -1};
        for (int c : codes) System.out.println(c + " " + status(c));
        int[] keys = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -1, 0, 1, 1 << 20, Integer.MAX_VALUE, Integer.MAX_VALUE - 1};
        StringBuilder sb = new StringBuilder();
        for (int k : keys) sb.append(extremes(k)).append(' ');
        System.out.println("extremes: " + sb);
        String expr = "(x + 12) * 3 - y/4";
        StringBuilder kinds = new StringBuilder();
        for (char c : expr.toCharArray()) kinds.append(classify(c).charAt(0));
        System.out.println(expr + " -> " + kinds);
        long[] ids = {7, 1077, 2777, 999, -5, -1005, 12345, 5999};
        for (long id : ids) System.out.print(arrowSwitch(id) + " ");
        System.out.println();
    }
}
