package com.example.model;

/** A bank account; the balance is kept in cents. */
public class Account {
    private static int opened;
    private final String owner;
    protected long cents;

    public Account(String owner, long dollars) {
        this.owner = owner;
        this.cents = dollars * 100;
        opened++;
    }

    public static int opened() { return opened; }

    public String owner() { return owner; }

    public long cents() { return cents; }

    /** Applies the yearly fee; subclasses may add interest. */
    public void endOfYear() { cents -= Fees.yearlyFee(cents); }

    public String kind() { return "checking"; }
}
