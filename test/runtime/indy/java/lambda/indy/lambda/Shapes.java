package indy.lambda;

import java.io.Serializable;
import java.util.function.Function;
import java.util.function.Supplier;

/** Interfaces whose lambdas need markers, bridges or version-52 calls. */
public interface Shapes {
  /** A marker interface for intersection casts. */
  interface Marker {}

  /** A generic interface whose method an override narrows: lambdas of {@link Narrow} need a bridge. */
  interface Producer<T> {
    T produce();
  }

  interface Narrow extends Producer<String> {
    @Override
    String produce();
  }

  /** Two generic parents, one method: javac asks for two bridges. */
  interface Mapper<A, B> {
    B map(A a);
  }

  interface Parser<N extends Number> {
    N map(String s);
  }

  interface IntParser extends Mapper<String, Integer>, Parser<Integer> {
    @Override
    Integer map(String s);
  }

  /** An intersection of these two needs FLAG_BRIDGES: no interface declares both erasures. */
  interface ObjectMaker {
    Object make();
  }

  interface StringMaker {
    String make();
  }

  interface NumberMaker {
    Number make();
  }

  interface IntegerMaker {
    Integer make();
  }

  /** Serializable functional interface. */
  interface SerialFn extends Function<String, String>, Serializable {}

  /** A lambda in a default method captures `this` (a private instance method of the interface). */
  default Supplier<String> describe() {
    return () -> "shape " + name();
  }

  /** A lambda in a static interface method (a private static method of the interface: invokestatic needs version 52). */
  static Supplier<String> unit() {
    return () -> "unit";
  }

  String name();
}
