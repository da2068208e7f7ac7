// A growable list over Object[] (the dialect has no generics): the typical
// pre-generics collection, with casts at the use site.
class ObjectArrayList {
    private Object[] items = new Object[2];
    private int size;

    void add(Object item) {
        if (size == items.length) {
            Object[] bigger = new Object[items.length * 2];
            System.arraycopy(items, 0, bigger, 0, size);
            items = bigger;
        }
        items[size++] = item;
    }

    Object get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + ", size " + size);
        }
        return items[i];
    }

    int size() {
        return size;
    }

    public static void main(String[] args) {
        ObjectArrayList list = new ObjectArrayList();
        for (int i = 0; i < 10; i++) {
            list.add("item" + i);
        }
        list.add(new int[] {1, 2});
        String joined = "";
        for (int i = 0; i < list.size() - 1; i++) {
            joined += (String) list.get(i) + (i % 3 == 2 ? "\n" : " ");
        }
        System.out.print(joined);
        System.out.println();
        int[] pair = (int[]) list.get(10);
        System.out.println(pair[1] + " " + list.size());
        try {
            list.get(11);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
