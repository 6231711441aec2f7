import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;

/** ArrayList in a to-do manager: add/insert/remove/set, searching, sublists, iterator removal, removeIf, sort, toArray and fail-fast iteration. */
public class ArrayListOps {
    public static void main(String[] args) {
        List<String> todo = new ArrayList<>();
        todo.add("write tests");
        todo.add("fix bug");
        todo.add(0, "coffee");
        todo.add("review");
        todo.add("deploy");
        todo.addAll(2, Arrays.asList("lunch", "meeting"));
        System.out.println(todo + " size " + todo.size());
        System.out.println("get(3) " + todo.get(3) + " indexOf review " + todo.indexOf("review") + " lastIndexOf x " + todo.lastIndexOf("x") + " contains deploy " + todo.contains("deploy"));
        String old = todo.set(1, "write more tests");
        System.out.println("replaced " + old + " -> " + todo);
        todo.remove("lunch");
        String removed = todo.remove(0);
        System.out.println("removed " + removed + " -> " + todo);
        List<String> sub = todo.subList(1, 3);
        System.out.println("subList " + sub);
        sub.clear();
        System.out.println("after subList clear " + todo);
        Iterator<String> it = todo.iterator();
        while (it.hasNext()) if (it.next().startsWith("write")) it.remove();
        System.out.println("after iterator remove " + todo);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) numbers.add((i * 7) % 20);
        numbers.removeIf(n -> n % 3 == 0);
        System.out.println("removeIf multiples of 3 " + numbers);
        numbers.sort(null);
        System.out.println("sorted " + numbers);
        numbers.replaceAll(n -> n * 10);
        System.out.println("replaceAll " + numbers);
        ListIterator<Integer> li = numbers.listIterator(numbers.size());
        StringBuilder backwards = new StringBuilder();
        while (li.hasPrevious()) {
            int idx = li.previousIndex();
            int v = li.previous();
            if (idx % 2 == 0) li.set(-v);
            backwards.append(v).append(' ');
        }
        System.out.println("backwards " + backwards.toString().trim() + " -> " + numbers);
        Object[] asArray = numbers.toArray();
        Integer[] typed = numbers.toArray(new Integer[0]);
        System.out.println("toArray " + asArray.length + " " + typed.getClass().getSimpleName() + " first " + typed[0]);
        try {
            for (Integer n : numbers) if (n < 0) numbers.add(0);
        } catch (ConcurrentModificationException e) {
            System.out.println("fail-fast iteration: " + e.getClass().getName());
        }
        List<String> a = new ArrayList<>(List.of("x", "y"));
        List<String> b = new ArrayList<>(Arrays.asList("x", "y"));
        System.out.println("equals " + a.equals(b) + " hash " + a.hashCode() + " containsAll " + a.containsAll(List.of("y")) + " isEmpty " + a.isEmpty());
        a.retainAll(List.of("y", "z"));
        b.removeAll(List.of("y"));
        System.out.println("retainAll " + a + " removeAll " + b);
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            grid.add(new ArrayList<>());
            for (int c = 0; c <= r; c++) grid.get(r).add(r * c);
        }
        System.out.println("nested " + grid);
        ArrayList<Integer> big = new ArrayList<>();
        for (int i = 0; i < 100000; i++) big.add(i);
        long sum = 0;
        for (int v : big) sum += v;
        big.subList(10, 99990).clear();
        System.out.println("big sum " + sum + " after clearing middle " + big);
        a.clear();
        System.out.println("cleared " + a + " " + a.size());
    }
}
