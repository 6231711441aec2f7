import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** An API documentation generator: prints the generic signatures of a small repository library via reflection. */
public class ReflectGenericSignatures {
    interface Identified<K extends Comparable<K>> {
        K id();
    }

    interface Repository<T extends Identified<K>, K extends Comparable<K>> extends Iterable<T> {
        T find(K key);

        <R> List<R> mapAll(Function<? super T, ? extends R> mapper);

        Map<K, List<T>> groupBy(Function<T, K> classifier);

        void saveAll(List<? extends T> items, T... more) throws IOException;
    }

    static abstract class AbstractRepository<T extends Identified<K>, K extends Comparable<K>> implements Repository<T, K>, Serializable {
        protected final List<T> items = new ArrayList<>();

        protected <E extends Exception> void check(boolean ok, E error) throws E {
            if (!ok) throw error;
        }

        public abstract T[] snapshot(T[] into);

        static <A extends Comparable<? super A> & Serializable> A max(List<A> values) {
            return values.get(0);
        }
    }

    record Book(String id, String title) implements Identified<String> {}

    static class BookRepository extends AbstractRepository<Book, String> {
        class Cursor<C> {
            <Z> Cursor(C start, Z hint, List<Z>[] hints) {}
        }

        public Book find(String key) { return null; }

        public <R> List<R> mapAll(Function<? super Book, ? extends R> mapper) { return null; }

        public Map<String, List<Book>> groupBy(Function<Book, String> classifier) { return null; }

        public void saveAll(List<? extends Book> items, Book... more) {}

        public Book[] snapshot(Book[] into) { return into; }

        public java.util.Iterator<Book> iterator() { return items.iterator(); }

        public List<int[]>[] matrix(Map<String, ?>[][] maps, List<String>... more) { return null; }

        public Map.Entry<String, Cursor<Integer>> entry() { return null; }

        public int plain(long x, String s) { return 0; }
    }

    static String describe(Type t) {
        if (t instanceof Class) return "Class(" + ((Class<?>) t).getName() + ")";
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            StringBuilder sb = new StringBuilder("Param(" + describe(p.getRawType()) + " owner=" + (p.getOwnerType() == null ? "-" : p.getOwnerType().getTypeName()) + " args=");
            for (Type a : p.getActualTypeArguments()) sb.append(describe(a)).append(';');
            return sb.append(')').toString();
        }
        if (t instanceof WildcardType) {
            WildcardType w = (WildcardType) t;
            return "Wild(up=" + Arrays.toString(w.getUpperBounds()) + " low=" + Arrays.toString(w.getLowerBounds()) + ")";
        }
        if (t instanceof GenericArrayType) return "Array(" + describe(((GenericArrayType) t).getGenericComponentType()) + ")";
        TypeVariable<?> v = (TypeVariable<?>) t;
        Object decl = v.getGenericDeclaration();
        String where = decl instanceof Class ? ((Class<?>) decl).getSimpleName() : decl instanceof Method ? ((Method) decl).getName() + "()" : "ctor";
        return "Var(" + v.getName() + "@" + where + " bounds=" + Arrays.toString(v.getBounds()) + ")";
    }

    static void printClass(Class<?> c) {
        System.out.println("== " + c.getSimpleName() + Arrays.toString(c.getTypeParameters()));
        System.out.println("  superclass: " + c.getGenericSuperclass());
        for (Type i : c.getGenericInterfaces()) System.out.println("  implements: " + i.getTypeName() + " = " + describe(i));
        Method[] methods = c.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())));
        for (Method m : methods) {
            if (m.isSynthetic()) continue;
            System.out.println("  " + m.getName() + " " + Arrays.toString(m.getTypeParameters()) + " returns " + m.getGenericReturnType().getTypeName());
            for (Type p : m.getGenericParameterTypes()) System.out.println("    param " + describe(p));
            for (Type e : m.getGenericExceptionTypes()) System.out.println("    throws " + describe(e));
            for (TypeVariable<Method> v : m.getTypeParameters()) System.out.println("    var " + describe(v));
        }
    }

    public static void main(String[] args) throws Exception {
        printClass(Repository.class);
        printClass(AbstractRepository.class);
        printClass(BookRepository.class);
        printClass(Book.class);
        Constructor<?> ctor = BookRepository.Cursor.class.getDeclaredConstructors()[0];
        System.out.println("ctor vars " + Arrays.toString(ctor.getTypeParameters()) + " params " + Arrays.toString(ctor.getGenericParameterTypes())
                + " / " + ctor.getParameterTypes().length);
        Type entry = BookRepository.class.getMethod("entry").getGenericReturnType();
        System.out.println(entry + " | " + describe(entry));
        Type sup = BookRepository.class.getGenericSuperclass();
        System.out.println(sup.equals(BookRepository.class.getGenericSuperclass()) + " " + (sup.hashCode() == BookRepository.class.getGenericSuperclass().hashCode()));
        TypeVariable<?> t1 = Repository.class.getTypeParameters()[0];
        TypeVariable<?> t2 = (TypeVariable<?>) Repository.class.getMethod("find", Comparable.class).getGenericReturnType();
        System.out.println(t1.equals(t2) + " " + t1.getGenericDeclaration());
        System.out.println(Object.class.getGenericSuperclass() + " " + Runnable.class.getGenericSuperclass() + " " + Arrays.toString(String.class.getGenericInterfaces().length > 0 ? new int[] {1} : new int[0]));
        System.out.println(int.class.getGenericSuperclass() + " " + Arrays.toString(int[].class.getGenericInterfaces()));
    }
}
