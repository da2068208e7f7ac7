// Quicksort, heapsort, shell sort and counting sort written by hand over
// seeded random data, each checked against Arrays.sort, with checksums of
// the sorted results and the number of comparisons each made.
import java.util.Arrays;
import java.util.Random;

public class SortingAlgorithms {
    static long comparisons;

    static boolean less(int a, int b) {
        comparisons++;
        return a < b;
    }

    static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static void quicksort(int[] a, int lo, int hi) {
        while (lo < hi) {
            int pivot = a[lo + (hi - lo) / 2];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (less(a[i], pivot)) {
                    i++;
                }
                while (less(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quicksort(a, lo, j);
                lo = i;
            } else {
                quicksort(a, i, hi);
                hi = j;
            }
        }
    }

    static void siftDown(int[] a, int i, int n) {
        while (2 * i + 1 < n) {
            int child = 2 * i + 1;
            if (child + 1 < n && less(a[child], a[child + 1])) {
                child++;
            }
            if (!less(a[i], a[child])) {
                return;
            }
            swap(a, i, child);
            i = child;
        }
    }

    static void heapsort(int[] a) {
        for (int i = a.length / 2 - 1; i >= 0; i--) {
            siftDown(a, i, a.length);
        }
        for (int end = a.length - 1; end > 0; end--) {
            swap(a, 0, end);
            siftDown(a, 0, end);
        }
    }

    static void shellsort(int[] a) {
        int gap = 1;
        while (gap < a.length / 3) {
            gap = 3 * gap + 1;
        }
        for (; gap >= 1; gap /= 3) {
            for (int i = gap; i < a.length; i++) {
                for (int j = i; j >= gap && less(a[j], a[j - gap]); j -= gap) {
                    swap(a, j, j - gap);
                }
            }
        }
    }

    static int[] countingSort(int[] a, int max) {
        int[] counts = new int[max + 1];
        for (int v : a) {
            counts[v]++;
        }
        int[] out = new int[a.length];
        int k = 0;
        for (int v = 0; v <= max; v++) {
            for (int c = 0; c < counts[v]; c++) {
                out[k++] = v;
            }
        }
        return out;
    }

    static long checksum(int[] a) {
        long h = 0;
        for (int i = 0; i < a.length; i++) {
            h = h * 1000003 + a[i] * (long) (i + 1);
        }
        return h;
    }

    public static void main(String[] args) {
        Random random = new Random(4242);
        int[] data = new int[20000];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(100000) - 50000;
        }
        int[] expected = data.clone();
        Arrays.sort(expected);
        System.out.println("reference checksum " + checksum(expected) + " min " + expected[0] + " max " + expected[expected.length - 1]);
        int[] q = data.clone();
        comparisons = 0;
        quicksort(q, 0, q.length - 1);
        System.out.println("quicksort equal " + Arrays.equals(q, expected) + " comparisons " + comparisons);
        int[] h = data.clone();
        comparisons = 0;
        heapsort(h);
        System.out.println("heapsort equal " + Arrays.equals(h, expected) + " comparisons " + comparisons);
        int[] s = data.clone();
        comparisons = 0;
        shellsort(s);
        System.out.println("shellsort equal " + Arrays.equals(s, expected) + " comparisons " + comparisons);
        int[] small = new int[5000];
        for (int i = 0; i < small.length; i++) {
            small[i] = random.nextInt(256);
        }
        int[] counted = countingSort(small, 255);
        int[] reference = small.clone();
        Arrays.sort(reference);
        System.out.println("counting sort equal " + Arrays.equals(counted, reference) + " checksum " + checksum(counted));
        int[] sortedInput = expected.clone();
        comparisons = 0;
        quicksort(sortedInput, 0, sortedInput.length - 1);
        System.out.println("quicksort on sorted input comparisons " + comparisons);
        int[] equal = new int[1000];
        Arrays.fill(equal, 7);
        comparisons = 0;
        heapsort(equal);
        System.out.println("heapsort on equal keys comparisons " + comparisons);
    }
}
