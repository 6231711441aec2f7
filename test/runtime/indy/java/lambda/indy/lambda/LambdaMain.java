package indy.lambda;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/** Lambdas and method references of every kind javac produces. */
public class LambdaMain implements Shapes {
  private final String tag;
  private int counter;
  private final Supplier<String> fromConstructor;

  LambdaMain(String tag) {
    this.tag = tag;
    this.fromConstructor = () -> "built " + this.tag; // lambda$new$0: private instance method
  }

  @Override
  public String name() {
    return tag;
  }

  private String secret(int n) {
    return tag + "#" + n;
  }

  private static String hidden(String s) {
    return "hidden " + s;
  }

  protected String prot() {
    return "prot " + tag;
  }

  Supplier<String> capturesThis() {
    return () -> tag + " counter=" + (++counter);
  }

  Function<Integer, String> boundPrivate() {
    return this::secret;
  }

  Supplier<String> superRef() {
    return super::toString;
  }

  static String describe(Object o) {
    return o == null ? "null" : o.getClass().isArray() ? "array " + o.getClass().getComponentType() : String.valueOf(o);
  }

  static class Counter {
    int n;

    void add(int k) {
      n += k;
    }

    long addLong(long k) {
      n += (int) k;
      return n;
    }
  }

  static class Box<T> {
    final T value;

    Box(T value) {
      this.value = value;
    }

    Box(int a, long b, double c) {
      this.value = null;
      System.out.println("Box(" + a + "," + b + "," + c + ")");
    }

    @Override
    public String toString() {
      return "Box(" + value + ")";
    }
  }

  interface TriFunction<A, B, C, R> {
    R apply(A a, B b, C c);
  }

  interface IntLongDouble {
    Object make(int a, long b, double c);
  }

  interface Widen {
    double apply(byte b, short s, char c, int i, long l, float f);
  }

  static double sum(double b, double s, double c, double i, double l, double f) {
    return b + s + c + i + l + f;
  }

  static long widenToLong(long x) {
    return x * 2;
  }

  static Runnable nonCapturing() {
    return () -> System.out.println("non-capturing runs");
  }

  public static void main(String[] args) throws Exception {
    // Static, non-capturing: the JDK links the call site to one instance.
    Runnable r1 = nonCapturing();
    Runnable r2 = nonCapturing();
    r1.run();
    System.out.println("same instance: " + (r1 == r2));
    Supplier<String> s1 = LambdaMain::plain;
    System.out.println(s1.get());

    // Captured locals of every type, including two-slot long and double.
    byte b = -3;
    short sh = 300;
    char ch = 'q';
    int i = 7;
    long l = 1L << 40;
    float f = 1.5f;
    double d = -2.25;
    boolean z = true;
    String str = "str";
    int[] arr = {1, 2, 3};
    Supplier<String> all = () -> b + " " + sh + " " + ch + " " + i + " " + l + " " + f + " " + d + " " + z + " " + str + " " + arr.length;
    System.out.println(all.get());
    Supplier<String> other = () -> b + "";
    System.out.println("fresh capture: " + (all != other) + " " + other.get());
    BiFunction<Long, Double, String> mixed = (x, y) -> (x + l) + "/" + (y + d) + "/" + i;
    System.out.println(mixed.apply(5L, 0.25));

    // this-capturing and instance lambdas.
    LambdaMain m = new LambdaMain("m");
    System.out.println(m.fromConstructor.get());
    Supplier<String> ct = m.capturesThis();
    System.out.println(ct.get() + " " + ct.get());
    System.out.println(m.boundPrivate().apply(42));
    System.out.println(m.superRef().get().startsWith("indy.lambda.LambdaMain@"));
    Supplier<String> protRef = m::prot;
    System.out.println(protRef.get());
    Function<String, String> hiddenRef = LambdaMain::hidden;
    System.out.println(hiddenRef.apply("x"));

    // Bound and unbound instance method references.
    Consumer<Object> println = System.out::println;
    println.accept("bound println");
    Function<String, String> concat = "pre-"::concat;
    System.out.println(concat.apply("fix"));
    Function<String, Integer> length = String::length;
    System.out.println(length.apply("four"));
    ToIntFunction<String> lengthInt = String::length;
    System.out.println(lengthInt.applyAsInt("seven!!"));
    Comparator<String> cmp = String::compareTo;
    System.out.println(cmp.compare("a", "b") + " " + cmp.compare("b", "a"));
    BiFunction<String, Integer, Character> charAt = String::charAt;
    System.out.println(charAt.apply("hello", 1));
    Function<List<String>, Integer> size = List::size; // invokeinterface
    System.out.println(size.apply(List.of("a", "b", "c")));
    Function<Object, Integer> hash = Object::hashCode;
    System.out.println(hash.apply("abc"));
    Function<String, Integer> hashOfString = Object::hashCode; // receiver cast to the instantiated type
    System.out.println(hashOfString.apply("abc"));

    // Static method references with boxing, unboxing and widening.
    Function<String, Integer> parse = Integer::parseInt;
    System.out.println(parse.apply("123") + 1);
    BinaryOperator<Integer> max = Math::max;
    System.out.println(max.apply(3, 9));
    IntBinaryOperator imax = Math::max;
    System.out.println(imax.applyAsInt(-3, -9));
    Function<Integer, Integer> abs = Math::abs;
    System.out.println(abs.apply(-17));
    IntFunction<Integer> boxed = Integer::valueOf;
    System.out.println(boxed.apply(127) == boxed.apply(127));
    IntFunction<Integer> boxedLambda = k -> k * 2;
    System.out.println(boxedLambda.apply(21));
    ToLongFunction<Integer> toLong = Integer::intValue; // int result widened to long
    System.out.println(toLong.applyAsLong(-5));
    ToDoubleFunction<Integer> toDouble = Integer::intValue;
    System.out.println(toDouble.applyAsDouble(3));
    Function<Integer, Long> intToLong = LambdaMain::widenToLong; // Integer unboxed via longValue
    System.out.println(intToLong.apply(21));
    LongFunction<String> longToString = Long::toString;
    System.out.println(longToString.apply(-99L));
    Function<Character, Boolean> isDigit = Character::isDigit;
    System.out.println(isDigit.apply('7') + " " + isDigit.apply('x'));
    IntPredicate even = k -> k % 2 == 0;
    System.out.println(even.test(4) + " " + even.test(5));
    Predicate<String> isEmpty = String::isEmpty;
    System.out.println(isEmpty.test("") + " " + isEmpty.negate().test(""));
    DoubleUnaryOperator sqrt = Math::sqrt;
    System.out.println(sqrt.applyAsDouble(2));
    IntUnaryOperator neg = Math::negateExact;
    System.out.println(neg.applyAsInt(5));
    Widen widen = LambdaMain::sum;
    System.out.println(widen.apply((byte) 1, (short) 2, 'A', 4, 5L, 0.5f));
    UnaryOperator<String> upper = String::toUpperCase;
    System.out.println(upper.apply("shout"));
    Function<String[], List<String>> asList = Arrays::asList; // varargs method
    System.out.println(asList.apply(new String[] {"x", "y"}));
    Function<Object[], List<Object>> listOf = List::of; // static interface method: version 52
    System.out.println(listOf.apply(new Object[] {1, "two"}));
    Supplier<Comparator<String>> natural = Comparator::naturalOrder;
    System.out.println(natural.get().compare("b", "a"));
    Function<Object, String> describe = LambdaMain::describe;
    System.out.println(describe.apply(new int[0]) + " " + describe.apply(null));

    // Results discarded by a void interface method (one-slot and two-slot).
    List<String> list = new ArrayList<>();
    Consumer<String> add = list::add;
    add.accept("added");
    Counter counter = new Counter();
    Consumer<Long> addLong = counter::addLong;
    addLong.accept(5L);
    Consumer<Integer> addInt = counter::add;
    addInt.accept(6);
    System.out.println(list + " " + counter.n);
    Consumer<String> parseAndDrop = Long::parseLong;
    parseAndDrop.accept("12");

    // Constructor references and array constructors.
    Supplier<ArrayList<String>> newList = ArrayList::new;
    ArrayList<String> fresh = newList.get();
    fresh.add("z");
    System.out.println(fresh + " " + (newList.get() != fresh));
    Function<String, StringBuilder> newBuilder = StringBuilder::new;
    System.out.println(newBuilder.apply("sb").append('!'));
    Function<Integer, Box<Integer>> newBox = Box::new;
    System.out.println(newBox.apply(5));
    IntLongDouble newBox3 = Box::new;
    System.out.println(newBox3.make(1, 2L, 3.0));
    TriFunction<Integer, Long, Double, Box<?>> newBoxBoxed = Box::new;
    System.out.println(newBoxBoxed.apply(4, 5L, 6.0));
    IntFunction<int[]> newInts = int[]::new;
    System.out.println(newInts.apply(4).length);
    IntFunction<String[][]> newGrid = String[][]::new;
    System.out.println(newGrid.apply(2).length);
    Supplier<int[]> three = () -> new int[3];
    System.out.println(three.get().length);
    Function<int[], int[]> cloneArray = int[]::clone;
    System.out.println(Arrays.toString(cloneArray.apply(new int[] {9, 8})));

    // Serializable lambdas and intersection casts (markers).
    Runnable serial = (Runnable & Serializable) () -> System.out.println("serial runs");
    serial.run();
    System.out.println("serializable: " + (serial instanceof Serializable));
    Runnable marked = (Runnable & Shapes.Marker) () -> {};
    System.out.println("marker: " + (marked instanceof Shapes.Marker) + " plain: " + (r1 instanceof Shapes.Marker));
    Shapes.SerialFn sfn = s -> s + s;
    System.out.println(sfn.apply("ab") + " " + (sfn instanceof Serializable));
    Function<String, String> serialRef = (Function<String, String> & Serializable) String::trim;
    System.out.println("[" + serialRef.apply("  t  ") + "]");

    // Bridges.
    Shapes.Narrow narrow = () -> "narrowed";
    Shapes.Producer<String> producer = narrow;
    System.out.println(narrow.produce() + " " + producer.produce());
    Shapes.IntParser ip = Integer::valueOf;
    Shapes.Mapper<String, Integer> mapper = ip;
    Shapes.Parser<Integer> parser = ip;
    System.out.println(ip.map("1") + mapper.map("2") + parser.map("3"));

    Object both = (Shapes.ObjectMaker & Shapes.StringMaker) () -> "made";
    System.out.println(((Shapes.ObjectMaker) both).make() + " " + ((Shapes.StringMaker) both).make());
    Object numbers = (Shapes.NumberMaker & Shapes.IntegerMaker & Serializable) () -> 42;
    System.out.println(((Shapes.NumberMaker) numbers).make() + " " + ((Shapes.IntegerMaker) numbers).make() + " " + (numbers instanceof Serializable));
    Object boundBoth = (Shapes.StringMaker & Shapes.ObjectMaker) m::name;
    System.out.println(((Shapes.ObjectMaker) boundBoth).make());

    // Interface lambdas.
    System.out.println(m.describe().get());
    System.out.println(Shapes.unit().get());

    // Nested and recursive lambdas.
    Function<Integer, Function<Integer, Integer>> adder = x -> y -> x + y;
    System.out.println(adder.apply(3).apply(4));
    IntSupplier[] fib = new IntSupplier[1];
    int[] n = {10};
    fib[0] = () -> n[0] <= 1 ? n[0] : fibOf(n[0] - 1) + fibOf(n[0] - 2);
    System.out.println(fib[0].getAsInt());

    // Raw calls with the wrong argument type fail with the JDK's ClassCastException.
    @SuppressWarnings({"rawtypes", "unchecked"})
    Function raw = length;
    try {
      raw.apply(42);
    } catch (ClassCastException e) {
      System.out.println("CCE " + e.getMessage());
    }
    @SuppressWarnings({"rawtypes", "unchecked"})
    Function rawHash = hashOfString;
    try {
      rawHash.apply(42);
    } catch (ClassCastException e) {
      System.out.println("CCE " + e.getMessage());
    }
    @SuppressWarnings({"rawtypes", "unchecked"})
    Function rawAbs = abs;
    try {
      rawAbs.apply(3L);
    } catch (ClassCastException e) {
      System.out.println("CCE " + e.getMessage());
    }
    try {
      rawAbs.apply(null);
    } catch (NullPointerException e) {
      System.out.println("NPE");
    }
    Function<Object, String> objectsToString = Objects::toString;
    System.out.println(objectsToString.apply(null));
    List<Supplier<String>> many = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      int kk = k;
      many.add(() -> "k" + kk);
    }
    for (Supplier<String> s : many) System.out.print(s.get() + " ");
    System.out.println();
  }

  static int fibOf(int k) {
    return k <= 1 ? k : fibOf(k - 1) + fibOf(k - 2);
  }

  static String plain() {
    return "plain static ref";
  }
}
