// Recursion: factorial, Fibonacci, Ackermann, Towers of Hanoi, mutual
// recursion, recursive string building, permutations and binary search.
public class Recursion {
    static long factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int moves;

    static void hanoi(int n, char from, char to, char via, StringBuilder log) {
        if (n == 0) {
            return;
        }
        hanoi(n - 1, from, via, to, log);
        moves++;
        if (log.length() < 60) {
            log.append(from).append(to).append(' ');
        }
        hanoi(n - 1, via, to, from, log);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static String reverse(String s) {
        return s.isEmpty() ? "" : reverse(s.substring(1)) + s.charAt(0);
    }

    static void permute(String prefix, String rest, StringBuilder out) {
        if (rest.isEmpty()) {
            out.append(prefix).append(' ');
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permute(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    static int search(int[] a, int key, int lo, int hi) {
        if (lo > hi) {
            return -(lo + 1);
        }
        int mid = (lo + hi) >>> 1;
        if (a[mid] == key) {
            return mid;
        }
        return a[mid] < key ? search(a, key, mid + 1, hi) : search(a, key, lo, mid - 1);
    }

    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 20; i += 5) {
            System.out.println(i + "! = " + factorial(i));
        }
        System.out.println("fib(25) = " + fib(25));
        System.out.println("ackermann(2, 3) = " + ackermann(2, 3) + ", (3, 3) = " + ackermann(3, 3));
        StringBuilder log = new StringBuilder();
        hanoi(10, 'A', 'C', 'B', log);
        System.out.println("hanoi moves " + moves + " first " + log);
        System.out.println("isEven(100) " + isEven(100) + " isOdd(77) " + isOdd(77) + " isEven(7) " + isEven(7));
        System.out.println("reverse " + reverse("recursion"));
        StringBuilder perms = new StringBuilder();
        permute("", "abcd", perms);
        System.out.println("permutations " + perms);
        int[] sorted = new int[50];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i * 3;
        }
        System.out.println("search 42 " + search(sorted, 42, 0, 49) + ", 43 " + search(sorted, 43, 0, 49)
            + ", -1 " + search(sorted, -1, 0, 49) + ", 500 " + search(sorted, 500, 0, 49));
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(1L << 40, 6L << 20) + " " + gcd(17, 5));
    }
}
