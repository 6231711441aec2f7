/** An exception escapes main from a few frames down: stack trace on stderr and exit status 1. */
public class UncaughtException {
    static int parsePort(String value) {
        int port = 0;
        for (char c : value.toCharArray()) {
            if (c < '0' || c > '9') throw new IllegalArgumentException("invalid port: " + value);
            port = port * 10 + (c - '0');
        }
        return port;
    }

    static int configure(String[] settings) {
        int total = 0;
        for (String s : settings) total += parsePort(s);
        return total;
    }

    public static void main(String[] args) {
        System.out.println("configured " + configure(new String[] {"80", "443"}));
        System.out.println("configured " + configure(new String[] {"8080", "http"}));
        System.out.println("never printed");
    }
}
