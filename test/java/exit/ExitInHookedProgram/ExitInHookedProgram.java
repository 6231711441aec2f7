/** System.exit(2) runs the registered shutdown hook before the VM ends with status 2. */
public class ExitInHookedProgram {
    static int processed;

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook: processed " + processed + " items")));
        int[] items = {5, 8, -1, 9};
        for (int item : items) {
            if (item < 0) {
                System.out.println("invalid item, aborting");
                System.exit(2);
            }
            processed++;
            System.out.println("item " + item);
        }
    }
}
