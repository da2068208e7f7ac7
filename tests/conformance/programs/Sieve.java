// The sieve of Eratosthenes up to two million, prime counts per decade,
// twin primes, the largest prime gap, and a segmented check against trial
// division.
public class Sieve {
    static boolean[] sieve(int limit) {
        boolean[] composite = new boolean[limit + 1];
        composite[0] = true;
        composite[1] = true;
        for (int i = 2; (long) i * i <= limit; i++) {
            if (!composite[i]) {
                for (int j = i * i; j <= limit; j += i) {
                    composite[j] = true;
                }
            }
        }
        return composite;
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        int limit = 2000000;
        boolean[] composite = sieve(limit);
        int count = 0;
        int power = 10;
        int twins = 0;
        int last = -1;
        int maxGap = 0;
        int gapStart = 0;
        long sum = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
                if (last > 0) {
                    if (i - last == 2) {
                        twins++;
                    }
                    if (i - last > maxGap) {
                        maxGap = i - last;
                        gapStart = last;
                    }
                }
                last = i;
            }
            if (i == power) {
                System.out.println("primes up to " + power + ": " + count);
                power *= 10;
            }
        }
        System.out.println("primes up to " + limit + ": " + count + ", sum " + sum);
        System.out.println("twin pairs " + twins + ", largest gap " + maxGap + " after " + gapStart + ", last prime " + last);
        int mismatches = 0;
        for (int i = 0; i < 20000; i++) {
            if (isPrime(i) == composite[i]) {
                mismatches++;
            }
        }
        System.out.println("mismatches against trial division " + mismatches);
    }
}
