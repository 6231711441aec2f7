package indy.concat;

/** Runs both concatenation programs. */
public class ConcatBoth {
  public static void main(String[] args) {
    ConcatMain.main(args);
    PlainConcat.main(args);
  }
}
