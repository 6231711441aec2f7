import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** equals/hashCode contracts for user classes used as keys, getClass names, and identity vs equality. */
public class ObjectIdentity {
    static final class Isbn {
        private final String digits;
        Isbn(String raw) {
            StringBuilder sb = new StringBuilder();
            for (char c : raw.toCharArray()) if (Character.isDigit(c)) sb.append(c);
            digits = sb.toString();
        }
        @Override public boolean equals(Object o) { return o instanceof Isbn && ((Isbn) o).digits.equals(digits); }
        @Override public int hashCode() { return digits.hashCode(); }
        @Override public String toString() { return "ISBN " + digits; }
    }

    static class BadKey {
        final int id;
        BadKey(int id) { this.id = id; }
        @Override public boolean equals(Object o) { return o instanceof BadKey && ((BadKey) o).id == id; }
        @Override public int hashCode() { return 1; }
    }

    static class Employee {
        final String name;
        final int dept;
        Employee(String name, int dept) { this.name = name; this.dept = dept; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;
            Employee e = (Employee) o;
            return dept == e.dept && name.equals(e.name);
        }
        @Override public int hashCode() { return Objects.hash(name, dept); }
    }

    static class Manager extends Employee {
        Manager(String name, int dept) { super(name, dept); }
    }

    public static void main(String[] args) {
        Map<Isbn, String> catalog = new HashMap<>();
        catalog.put(new Isbn("978-0-13-468599-1"), "Effective Java");
        catalog.put(new Isbn("978-0-596-00712-6"), "Head First");
        System.out.println(catalog.get(new Isbn("9780134685991")) + " / " + catalog.get(new Isbn("0000")));
        System.out.println("hash " + new Isbn("1-2-3").hashCode() + " " + new Isbn("123"));
        Set<BadKey> set = new HashSet<>();
        for (int i = 0; i < 50; i++) set.add(new BadKey(i % 20));
        System.out.println("colliding keys stored: " + set.size() + " contains 19: " + set.contains(new BadKey(19)) + " contains 20: " + set.contains(new BadKey(20)));
        Employee e1 = new Employee("Kim", 3);
        Employee e2 = new Employee("Kim", 3);
        Manager m = new Manager("Kim", 3);
        System.out.println("e1==e2 " + (e1 == e2) + " equals " + e1.equals(e2) + " hash equal " + (e1.hashCode() == e2.hashCode()) + " hash " + e1.hashCode());
        System.out.println("employee equals manager " + e1.equals(m) + " manager equals employee " + m.equals(e1));
        System.out.println("classes " + e1.getClass().getName() + " " + m.getClass().getName() + " super " + m.getClass().getSuperclass().getName());
        System.out.println("same class object " + (e1.getClass() == e2.getClass()) + " " + (e1.getClass() == m.getClass()));
        System.out.println("array classes " + new int[0].getClass().getName() + " " + new String[0][0].getClass().getName() + " " + new Employee[1].getClass().getName());
        System.out.println("primitive class names " + int.class.getName() + " " + void.class.getName() + " " + Integer.TYPE.getName());
        Object o = new Object();
        System.out.println("object equals itself " + o.equals(o) + " equals other " + o.equals(new Object()) + " hash stable " + (o.hashCode() == o.hashCode()));
        System.out.println("Objects.equals " + Objects.equals(null, null) + " " + Objects.equals(e1, null) + " " + Objects.equals(e1, e2));
        String s1 = new String("same");
        String s2 = new String("same");
        System.out.println("strings == " + (s1 == s2) + " equals " + s1.equals(s2) + " hash " + s1.hashCode());
    }
}
