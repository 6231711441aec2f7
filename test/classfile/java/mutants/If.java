/** Base interface for the malformed-class-file tests: a constant, abstract, default, static and private methods. */
public interface If {
  int K = 1;

  void a();

  default void b() {}

  static void c() {}

  private void d() {}
}
