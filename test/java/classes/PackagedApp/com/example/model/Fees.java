package com.example.model;

/** Package-private fee rules, invisible outside com.example.model. */
final class Fees {
    private Fees() {}

    static long yearlyFee(long cents) { return cents > 100_000 ? 0 : 1_500; }
}
