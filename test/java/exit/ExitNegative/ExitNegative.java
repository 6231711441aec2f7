/** Exit statuses outside 0..255 are reduced modulo 256 by the operating system: -1 becomes 255. */
public class ExitNegative {
    public static void main(String[] args) {
        System.out.println("fatal: configuration missing");
        System.err.println("error details on stderr");
        System.exit(-1);
    }
}
