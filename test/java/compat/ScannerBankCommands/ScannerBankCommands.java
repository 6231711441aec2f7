// stdin: commands.txt
import java.util.ArrayList;
import java.util.InputMismatchException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Scanner;
import java.util.TreeMap;

/** A command interpreter: reads lines from stdin and parses each with its own Scanner. */
public class ScannerBankCommands {
    static final Map<String, Double> accounts = new TreeMap<>();
    static final Map<String, List<String>> history = new TreeMap<>();

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int lineNo = 0;
        while (in.hasNextLine()) {
            String line = in.nextLine();
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Scanner cmd = new Scanner(line);
            String op = cmd.next();
            try {
                switch (op) {
                    case "open": {
                        String who = cmd.next();
                        double amount = cmd.nextDouble();
                        if (amount < 0) {
                            throw new IllegalArgumentException("negative opening balance " + amount);
                        }
                        accounts.put(who, amount);
                        log(who, "open " + amount);
                        break;
                    }
                    case "deposit":
                    case "withdraw": {
                        String who = account(cmd.next());
                        double amount = cmd.nextDouble();
                        double sign = op.equals("deposit") ? 1 : -1;
                        if (sign < 0 && accounts.get(who) < amount) {
                            throw new IllegalArgumentException("insufficient funds in " + who);
                        }
                        accounts.merge(who, sign * amount, Double::sum);
                        log(who, op + " " + amount);
                        break;
                    }
                    case "transfer": {
                        String from = account(cmd.next());
                        String to = account(cmd.next());
                        double amount = cmd.nextDouble();
                        accounts.merge(from, -amount, Double::sum);
                        accounts.merge(to, amount, Double::sum);
                        log(from, "sent " + amount + " to " + to);
                        log(to, "got " + amount + " from " + from);
                        break;
                    }
                    case "balance": {
                        String who = account(cmd.next());
                        System.out.println(who + ": " + accounts.get(who) + (cmd.hasNext() ? " (extra: " + cmd.next() + ")" : ""));
                        break;
                    }
                    case "history":
                        System.out.println(history.get(account(cmd.next())));
                        break;
                    default:
                        System.out.println("line " + lineNo + ": unknown command '" + op + "' rest='" + cmd.nextLine() + "'");
                }
            } catch (InputMismatchException e) {
                System.out.println("line " + lineNo + ": bad number '" + cmd.next() + "'");
            } catch (NoSuchElementException e) {
                System.out.println("line " + lineNo + ": missing argument");
            } catch (IllegalArgumentException e) {
                System.out.println("line " + lineNo + ": " + e.getMessage());
            }
        }
        System.out.println("final: " + accounts);
    }

    static String account(String who) {
        if (!accounts.containsKey(who)) {
            throw new IllegalArgumentException("no account " + who);
        }
        return who;
    }

    static void log(String who, String what) {
        history.computeIfAbsent(who, k -> new ArrayList<>()).add(what);
    }
}
