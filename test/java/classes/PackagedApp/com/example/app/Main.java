// main: com.example.app.Main
// args: alice 3 "bob smith" 5
package com.example.app;

import com.example.model.Account;
import com.example.model.SavingsAccount;
import com.example.util.Formatter;
import java.util.ArrayList;
import java.util.List;

/** A program split across packages: public API, package-private helpers, protected members used by a subclass in another package. */
public class Main {
    public static void main(String[] args) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String owner = args[i];
            int years = Integer.parseInt(args[i + 1]);
            Account a = years > 4 ? new SavingsAccount(owner, 1000, 5) : new Account(owner, 1000);
            for (int y = 0; y < years; y++) a.endOfYear();
            accounts.add(a);
        }
        for (Account a : accounts) System.out.println(Formatter.line(a));
        System.out.println("accounts opened: " + Account.opened());
        System.out.println("args: " + args.length + " first=" + args[0] + " third=" + args[2]);
    }
}
