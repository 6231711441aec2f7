package app;

/** A second class so the jar holds more than one entry. */
public class Helper {
  static int twice(int x) {
    return 2 * x;
  }
}
