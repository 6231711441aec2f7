package com.example.model;

/** An account earning compound interest, in whole percent per year. */
public class SavingsAccount extends Account {
    private final int ratePercent;

    public SavingsAccount(String owner, long dollars, int ratePercent) {
        super(owner, dollars);
        this.ratePercent = ratePercent;
    }

    @Override
    public void endOfYear() {
        super.endOfYear();
        cents += cents * ratePercent / 100;
    }

    @Override
    public String kind() { return "savings@" + ratePercent + "%"; }
}
