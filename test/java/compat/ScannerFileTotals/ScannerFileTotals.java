import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Scanner;

/** Totals per account from a ledger file, read with Scanner over a File and over a Path. */
public class ScannerFileTotals {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("ledger");
        Path ledger = dir.resolve("ledger.txt");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) sb.append(i % 3 == 0 ? "rent" : i % 3 == 1 ? "food" : "café").append(' ').append(i * 7 % 50 - 10).append('\n');
        Files.writeString(ledger, sb.toString(), StandardCharsets.UTF_8);

        long rent = 0, food = 0, cafe = 0;
        try (Scanner in = new Scanner(ledger.toFile())) {
            while (in.hasNext()) {
                String account = in.next();
                int amount = in.nextInt();
                if (account.equals("rent")) rent += amount;
                else if (account.equals("food")) food += amount;
                else cafe += amount;
            }
        }
        System.out.println("rent " + rent + " food " + food + " cafe " + cafe);

        int lines = 0, negative = 0;
        try (Scanner in = new Scanner(ledger, StandardCharsets.UTF_8)) {
            while (in.hasNextLine()) {
                String line = in.nextLine();
                lines++;
                if (line.contains(" -")) negative++;
            }
        }
        System.out.println(lines + " lines, " + negative + " negative");
        try (Scanner in = new Scanner(ledger, "UTF-8")) {
            in.useDelimiter("\\s+");
            System.out.println("first: " + in.next() + " " + in.nextInt() + ", café seen: " + (in.findWithinHorizon("café", 0) != null));
        }

        try {
            new Scanner(new File(dir.toFile(), "missing.txt"));
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException ends with: " + e.getMessage().substring(e.getMessage().lastIndexOf('/') + 1));
        }
        try {
            new Scanner(dir.resolve("gone.txt"));
        } catch (NoSuchFileException e) {
            System.out.println("NoSuchFileException for " + Path.of(e.getMessage()).getFileName());
        }
        Files.delete(ledger);
        Files.delete(dir);
        System.out.println("cleaned up: " + !Files.exists(dir));
    }
}
