package legacy;

import java.io.*;
import java.util.*;
import java.util.function.*;

/** Java 8 idioms: synthetic accessors instead of nest mates, StringBuilder concatenation, lambdas. */
public class Legacy {
  private int hidden = 5;

  class Peer {
    int read() {
      return hidden * 2;
    }
  }

  static String describe(Object o, int n) {
    String s = "value " + o + " n=" + n;
    switch (s) {
      case "value null n=0":
        return "empty";
      default:
        return s;
    }
  }

  static int sumAll(List<Integer> xs) {
    Function<Integer, Integer> sq = x -> x * x;
    int total = 0;
    for (int x : xs) total += sq.apply(x);
    return total;
  }

  static String firstLine(String text) throws IOException {
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      return r.readLine();
    }
  }

  interface Greeter {
    String greet(String name);

    default String hello() {
      return greet("world");
    }

    static Greeter polite() {
      return n -> "Dear " + n;
    }
  }

  enum Mode { ON, OFF }

  static int code(Mode m) {
    switch (m) {
      case ON:
        return 1;
      default:
        return 0;
    }
  }
}
