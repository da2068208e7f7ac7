// Hand-written data structures from objects and references: a stack, a
// queue as a ring buffer, a doubly linked list with removal, and a binary
// search tree with in-order traversal and deletion.
public class LinkedStructures {
    static class Stack {
        private Object[] items = new Object[2];
        private int size;

        void push(Object o) {
            if (size == items.length) {
                Object[] bigger = new Object[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = o;
        }

        Object pop() {
            Object o = items[--size];
            items[size] = null;
            return o;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }

    static class Ring {
        final int[] slots;
        int head;
        int count;

        Ring(int capacity) {
            slots = new int[capacity];
        }

        boolean offer(int v) {
            if (count == slots.length) {
                return false;
            }
            slots[(head + count++) % slots.length] = v;
            return true;
        }

        int poll() {
            int v = slots[head];
            head = (head + 1) % slots.length;
            count--;
            return v;
        }
    }

    static class DNode {
        int value;
        DNode prev;
        DNode next;
    }

    static class Tree {
        int key;
        Tree left;
        Tree right;

        Tree(int key) {
            this.key = key;
        }
    }

    static Tree insert(Tree t, int key) {
        if (t == null) {
            return new Tree(key);
        }
        if (key < t.key) {
            t.left = insert(t.left, key);
        } else if (key > t.key) {
            t.right = insert(t.right, key);
        }
        return t;
    }

    static Tree delete(Tree t, int key) {
        if (t == null) {
            return null;
        }
        if (key < t.key) {
            t.left = delete(t.left, key);
        } else if (key > t.key) {
            t.right = delete(t.right, key);
        } else if (t.left == null) {
            return t.right;
        } else if (t.right == null) {
            return t.left;
        } else {
            Tree m = t.right;
            while (m.left != null) {
                m = m.left;
            }
            t.key = m.key;
            t.right = delete(t.right, m.key);
        }
        return t;
    }

    static void inorder(Tree t, StringBuilder sb) {
        if (t != null) {
            inorder(t.left, sb);
            sb.append(t.key).append(' ');
            inorder(t.right, sb);
        }
    }

    static int height(Tree t) {
        return t == null ? 0 : 1 + Math.max(height(t.left), height(t.right));
    }

    public static void main(String[] args) {
        Stack s = new Stack();
        for (int i = 0; i < 10; i++) {
            s.push("item" + i);
        }
        StringBuilder popped = new StringBuilder();
        while (!s.isEmpty()) {
            popped.append(s.pop()).append(' ');
        }
        System.out.println("stack " + popped);
        Ring q = new Ring(4);
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (!q.offer(i)) {
                ring.append("full@").append(i).append(' ').append(q.poll()).append(' ');
                q.offer(i);
            }
        }
        while (q.count > 0) {
            ring.append(q.poll()).append(' ');
        }
        System.out.println("ring " + ring);
        DNode first = null;
        DNode last = null;
        for (int i = 1; i <= 8; i++) {
            DNode n = new DNode();
            n.value = i;
            n.prev = last;
            if (last == null) {
                first = n;
            } else {
                last.next = n;
            }
            last = n;
        }
        for (DNode n = first; n != null; n = n.next) {
            if (n.value % 3 == 0) {
                if (n.prev != null) {
                    n.prev.next = n.next;
                }
                if (n.next != null) {
                    n.next.prev = n.prev;
                }
            }
        }
        StringBuilder fwd = new StringBuilder();
        for (DNode n = first; n != null; n = n.next) {
            fwd.append(n.value);
        }
        StringBuilder back = new StringBuilder();
        for (DNode n = last; n != null; n = n.prev) {
            back.append(n.value);
        }
        System.out.println("list forward " + fwd + " backward " + back);
        Tree root = null;
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30};
        for (int k : keys) {
            root = insert(root, k);
        }
        StringBuilder in = new StringBuilder();
        inorder(root, in);
        System.out.println("tree " + in + "height " + height(root));
        root = delete(root, 30);
        root = delete(root, 50);
        root = delete(root, 99);
        in.setLength(0);
        inorder(root, in);
        System.out.println("after deletes " + in + "root " + root.key + " height " + height(root));
    }
}
