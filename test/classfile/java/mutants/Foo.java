/** Base class for the malformed-class-file tests that need invokedynamic and BootstrapMethods. */
public class Foo {
  static String s;

  static {
    s = "hi" + System.nanoTime();
  }
}
