// Objects implementing the raw Comparable interface sorted by hand-written
// merge sort and insertion sort, with stable ordering of equal keys and
// Strings compared with compareTo.
public class ComparableSort {
    static class Person implements Comparable {
        final String name;
        final int age;
        final int order;

        Person(String name, int age, int order) {
            this.name = name;
            this.age = age;
            this.order = order;
        }

        public int compareTo(Object o) {
            Person p = (Person) o;
            return Integer.compare(age, p.age);
        }

        String show() {
            return name + "(" + age + "#" + order + ")";
        }
    }

    static void mergeSort(Comparable[] a, Comparable[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) / 2;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            tmp[k++] = a[j].compareTo(a[i]) < 0 ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < hi) {
            tmp[k++] = a[j++];
        }
        for (k = lo; k < hi; k++) {
            a[k] = tmp[k];
        }
    }

    static void insertionSort(String[] a) {
        for (int i = 1; i < a.length; i++) {
            String key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(key) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    public static void main(String[] args) {
        String[] names = {"mia", "noah", "emma", "liam", "olivia", "ava", "lucas", "zoe", "eli", "ivy"};
        int[] ages = {30, 25, 30, 41, 25, 19, 41, 30, 19, 25};
        Person[] people = new Person[names.length];
        for (int i = 0; i < names.length; i++) {
            people[i] = new Person(names[i], ages[i], i);
        }
        mergeSort(people, new Comparable[people.length], 0, people.length);
        StringBuilder sb = new StringBuilder();
        for (Person p : people) {
            sb.append(p.show()).append(' ');
        }
        System.out.println(sb);
        String[] words = {"pear", "Apple", "apple", "banana", "", "apricot", "Banana", "a", "pear"};
        insertionSort(words);
        for (String w : words) {
            System.out.print("[" + w + "]");
        }
        System.out.println();
        Comparable[] strs = {"delta", "alpha", "charlie", "bravo"};
        mergeSort(strs, new Comparable[4], 0, 4);
        for (Comparable c : strs) {
            System.out.print(c + " ");
        }
        System.out.println();
        java.util.Random r = new java.util.Random(5);
        Person[] many = new Person[1000];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Person("p" + i, r.nextInt(100), i);
        }
        mergeSort(many, new Comparable[many.length], 0, many.length);
        boolean stable = true;
        for (int i = 1; i < many.length; i++) {
            if (many[i - 1].age > many[i].age || many[i - 1].age == many[i].age && many[i - 1].order > many[i].order) {
                stable = false;
            }
        }
        System.out.println("sorted and stable " + stable + ", youngest " + many[0].show() + ", oldest " + many[999].show());
    }
}
