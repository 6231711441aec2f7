package com.example.util;

import com.example.model.Account;

/** Formats accounts for reports. */
public final class Formatter {
    private Formatter() {}

    public static String line(Account a) {
        long c = a.cents();
        String cents = String.valueOf(c % 100);
        if (cents.length() < 2) cents = "0" + cents;
        return a.owner() + " [" + a.kind() + "] $" + (c / 100) + "." + cents;
    }
}
