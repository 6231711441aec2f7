package app;

/** Entry point of the jar test: prints its arguments. */
public class Main {
  public static void main(String[] args) {
    System.out.println("main " + String.join(",", args));
  }
}
