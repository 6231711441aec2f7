import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** A textbook-RSA toy: deterministic key generation, encryption, CRT decryption and signatures. */
public class BigRsaToy {
    static final BigInteger E = BigInteger.valueOf(65537);

    /** Small keys search upward from a random start; larger ones use the library's generator. */
    static BigInteger prime(int bits, Random rnd) {
        if (bits <= 64) {
            BigInteger start = new BigInteger(bits, rnd).setBit(bits - 1).setBit(bits - 2);
            return start.nextProbablePrime();
        }
        return bits % 2 == 0 ? BigInteger.probablePrime(bits, rnd) : new BigInteger(bits, 64, rnd);
    }

    static final class Key {
        final BigInteger n, d, p, q, dp, dq, qinv;

        Key(BigInteger p, BigInteger q) {
            this.p = p;
            this.q = q;
            n = p.multiply(q);
            BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
            d = E.modInverse(phi);
            dp = d.mod(p.subtract(BigInteger.ONE));
            dq = d.mod(q.subtract(BigInteger.ONE));
            qinv = q.modInverse(p);
        }

        BigInteger decryptCrt(BigInteger c) {
            BigInteger m1 = c.modPow(dp, p), m2 = c.modPow(dq, q);
            BigInteger h = qinv.multiply(m1.subtract(m2)).mod(p);
            return m2.add(h.multiply(q));
        }
    }

    public static void main(String[] args) {
        Random rnd = new Random(0xC0FFEE);
        int[] sizes = {64, 128, 190, 256, 512, 1024};
        for (int bits : sizes) {
            BigInteger p, q;
            do {
                p = prime(bits / 2, rnd);
                q = prime(bits / 2, rnd);
            } while (p.equals(q) || !p.subtract(BigInteger.ONE).gcd(E).equals(BigInteger.ONE)
                    || !q.subtract(BigInteger.ONE).gcd(E).equals(BigInteger.ONE));
            Key k = new Key(p, q);
            System.out.println("== " + bits + "-bit key ==");
            System.out.println("p = " + p.toString(16));
            System.out.println("q = " + q.toString(16));
            System.out.println("n = " + k.n + " (" + k.n.bitLength() + " bits)");
            System.out.println("d = " + k.d.toString(36));
            System.out.println("p prime? " + p.isProbablePrime(50) + ", n prime? " + k.n.isProbablePrime(50));
            String msg = "Attack at dawn #" + bits;
            BigInteger m = new BigInteger(1, msg.getBytes(StandardCharsets.UTF_8));
            if (m.compareTo(k.n) >= 0) m = m.mod(k.n);
            BigInteger c = m.modPow(E, k.n);
            BigInteger back = c.modPow(k.d, k.n);
            BigInteger crt = k.decryptCrt(c);
            System.out.println("cipher = " + c.toString(16));
            System.out.println("decrypt ok: " + back.equals(m) + ", CRT ok: " + crt.equals(m));
            if (back.equals(new BigInteger(1, msg.getBytes(StandardCharsets.UTF_8)))) {
                System.out.println("text: " + new String(back.toByteArray(), StandardCharsets.UTF_8).trim());
            }
            BigInteger hash = BigInteger.valueOf(msg.hashCode()).abs();
            BigInteger sig = hash.modPow(k.d, k.n);
            System.out.println("signature verifies: " + sig.modPow(E, k.n).equals(hash)
                    + ", forged fails: " + !sig.add(BigInteger.ONE).modPow(E, k.n).equals(hash));
            // Small-exponent sanity: e*d = 1 mod lcm(p-1, q-1)
            BigInteger pm = p.subtract(BigInteger.ONE), qm = q.subtract(BigInteger.ONE);
            BigInteger lcm = pm.multiply(qm).divide(pm.gcd(qm));
            System.out.println("e*d mod lcm = " + E.multiply(k.d).mod(lcm) + ", bytes(n) = " + k.n.toByteArray().length);
        }
        BigInteger rp = BigInteger.probablePrime(100, rnd);
        System.out.println("probablePrime(100): bits=" + rp.bitLength() + " prime=" + rp.isProbablePrime(100));
        try {
            BigInteger.valueOf(6).modInverse(BigInteger.valueOf(9));
        } catch (ArithmeticException ex) {
            System.out.println("modInverse(6, 9): " + ex.getMessage());
        }
        System.out.println("3^-1 mod 7 via modPow: " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(-1), BigInteger.valueOf(7)));
    }
}
