// A discrete-event simulation of a bank queue with several tellers, driven
// by a seeded Random: customers arrive, wait in a hand-written queue, are
// served, and the waiting times are summarised.
import java.util.Random;

public class QueueSimulation {
    static class Customer {
        final int id;
        final int arrival;
        final int service;

        Customer(int id, int arrival, int service) {
            this.id = id;
            this.arrival = arrival;
            this.service = service;
        }
    }

    static class Queue {
        Customer[] items = new Customer[8];
        int head;
        int tail;

        void add(Customer c) {
            if (tail == items.length) {
                Customer[] bigger = new Customer[items.length * 2];
                System.arraycopy(items, head, bigger, 0, tail - head);
                tail -= head;
                head = 0;
                items = bigger;
            }
            items[tail++] = c;
        }

        Customer remove() {
            Customer c = items[head];
            items[head++] = null;
            return c;
        }

        int size() {
            return tail - head;
        }
    }

    public static void main(String[] args) {
        Random random = new Random(77);
        int tellers = 3;
        int[] busyUntil = new int[tellers];
        int[] served = new int[tellers];
        Queue queue = new Queue();
        long totalWait = 0;
        int maxWait = 0;
        int maxQueue = 0;
        int done = 0;
        int nextId = 0;
        for (int t = 0; t < 10000; t++) {
            if (random.nextDouble() < 0.55) {
                queue.add(new Customer(nextId++, t, 1 + random.nextInt(9)));
            }
            for (int k = 0; k < tellers; k++) {
                if (busyUntil[k] <= t && queue.size() > 0) {
                    Customer c = queue.remove();
                    int wait = t - c.arrival;
                    totalWait += wait;
                    maxWait = Math.max(maxWait, wait);
                    busyUntil[k] = t + c.service;
                    served[k]++;
                    done++;
                }
            }
            maxQueue = Math.max(maxQueue, queue.size());
            if (t % 2000 == 1999) {
                System.out.println("t=" + (t + 1) + " arrived " + nextId + " served " + done + " waiting " + queue.size());
            }
        }
        System.out.println("average wait " + (double) totalWait / done + ", max wait " + maxWait + ", max queue " + maxQueue);
        for (int k = 0; k < tellers; k++) {
            System.out.println("teller " + k + " served " + served[k]);
        }
    }
}
