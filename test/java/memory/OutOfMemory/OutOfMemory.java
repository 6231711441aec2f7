// java-flags: -Xmx64m
// tern-flags: -Xmx64m
import java.util.ArrayList;
import java.util.List;

/** Allocates until the heap is exhausted, catches OutOfMemoryError, drops the data and keeps working. */
public class OutOfMemory {
    public static void main(String[] args) {
        List<long[]> hoard = new ArrayList<>();
        boolean caught = false;
        try {
            while (true) hoard.add(new long[128 * 1024]);
        } catch (OutOfMemoryError e) {
            caught = true;
            hoard = null;
        }
        System.out.println(caught ? "caught OOM" : "no OOM?");
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) after.add("item" + i);
        System.out.println("still allocating after OOM: " + after.size() + " " + after.get(9_999));
        try {
            long[] huge = new long[Integer.MAX_VALUE - 8];
            System.out.println("huge array allocated? " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught OOM for a single huge array");
        }
        List<int[]> second = new ArrayList<>();
        try {
            for (int i = 0; i < 1_000_000; i++) second.add(new int[64 * 1024]);
            System.out.println("second round never ran out?");
        } catch (OutOfMemoryError e) {
            second.clear();
            System.out.println("caught OOM again");
        }
        System.out.println("done");
    }
}
