// Deterministic hash codes: String.hashCode (Java's polynomial formula),
// user-defined hashCode on fields, and a hand-written open-addressing hash
// table keyed by strings.
public class HashCodes {
    static class Table {
        String[] keys = new String[16];
        int[] values = new int[16];
        int size;

        void put(String k, int v) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int i = slot(k);
            if (keys[i] == null) {
                keys[i] = k;
                size++;
            }
            values[i] = v;
        }

        int get(String k) {
            int i = slot(k);
            return keys[i] == null ? -1 : values[i];
        }

        int slot(String k) {
            int mask = keys.length - 1;
            int i = (k.hashCode() ^ (k.hashCode() >>> 16)) & mask;
            while (keys[i] != null && !keys[i].equals(k)) {
                i = (i + 1) & mask;
            }
            return i;
        }

        void grow() {
            String[] oldKeys = keys;
            int[] oldValues = values;
            keys = new String[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
    }

    static class Pair {
        final int a;
        final String b;

        Pair(int a, String b) {
            this.a = a;
            this.b = b;
        }

        public int hashCode() {
            return 31 * a + (b == null ? 0 : b.hashCode());
        }
    }

    public static void main(String[] args) {
        String[] samples = {"", "a", "ab", "hello", "Hello", "hello world", "\u00ff\u0100", "Aa", "BB",
                            "a longer string with spaces and 123 digits"};
        for (String s : samples) {
            System.out.println(s.length() + " chars: " + s.hashCode());
        }
        System.out.println("pair " + new Pair(3, "x").hashCode() + " " + new Pair(-1, null).hashCode());
        Table t = new Table();
        for (int i = 0; i < 500; i++) {
            t.put("key" + i, i * i);
        }
        t.put("key7", -7);
        System.out.println("size " + t.size + " capacity " + t.keys.length);
        System.out.println("get key7 " + t.get("key7") + ", key499 " + t.get("key499") + ", missing " + t.get("nokey"));
        long check = 0;
        for (int i = 0; i < t.keys.length; i++) {
            if (t.keys[i] != null) {
                check = check * 31 + i * 7 + t.values[i];
            }
        }
        System.out.println("layout checksum " + check);
        StringBuilder sb = new StringBuilder();
        int h = 0;
        for (int i = 0; i < 2000; i++) {
            sb.append((char) ('a' + i % 26));
            if (i % 400 == 399) {
                h ^= sb.toString().hashCode();
                System.out.println("prefix " + (i + 1) + " hash " + sb.toString().hashCode());
            }
        }
        System.out.println("xor " + h);
    }
}
