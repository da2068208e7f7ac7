// The fannkuch-redux benchmark of the Computer Language Benchmarks Game,
// single-threaded: for every permutation of 1..n, count the prefix reversals
// ("flips") until 1 comes first. Permutations are visited in the Game's
// order (rotations driven by a counter per position), so the checksum (the
// alternating sum of the flip counts) matches the Game's. Usage:
// FannkuchRedux [n [repetitions]].
public class FannkuchRedux extends LangBench {
    protected String runOnce(int n) {
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        int maxFlips = 0;
        int checksum = 0;
        int permutationIndex = 0;
        int r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++) {
                perm[i] = perm1[i];
            }
            int flips = 0;
            int first = perm[0];
            while (first != 0) {
                for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                    int t = perm[lo];
                    perm[lo] = perm[hi];
                    perm[hi] = t;
                }
                flips++;
                first = perm[0];
            }
            maxFlips = Math.max(maxFlips, flips);
            checksum += (permutationIndex & 1) == 0 ? flips : -flips;
            // The next permutation: rotate the first r + 1 elements left by one
            // until a position's counter has not run out.
            while (true) {
                if (r == n) {
                    return checksum + "\nPfannkuchen(" + n + ") = " + maxFlips + "\n";
                }
                int head = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = head;
                count[r]--;
                if (count[r] > 0) {
                    break;
                }
                r++;
            }
            permutationIndex++;
        }
    }

    public static void main(String[] args) {
        // 12! permutations still fit the int counters; 13! would not.
        run(new FannkuchRedux(), "FannkuchRedux", args, 7, 1, 12);
    }
}
