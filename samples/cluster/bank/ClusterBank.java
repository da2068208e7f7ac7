// plurix: extension
import java.util.Random;
import plurix.*;

// The bank of samples/bank on a cluster: its accounts, in a static field and so shared by every
// station, receive random transfers from JOBS transfer transactions spread over every station
// that takes work. Transfers of different stations touch the same pages of accounts, so their
// steps really conflict, and an aborted step runs again from where its last committed step
// left it. A reporter on the station that ran main waits until every job has finished, then
// prints how many transfers ran and the bank's total, which must be the starting total.
//
// Run it on a cluster (it reuses samples/bank's Account and Transfer):
//   plurix cluster up -n 4 --dir plurix-cluster
//   plurix submit --dir plurix-cluster samples/cluster/bank/*.java samples/bank/Account.java \
//       samples/bank/Transfer.java samples/cluster/Workers.java
//   plurix cluster down --dir plurix-cluster
// or on one station, where nothing takes work and the jobs run on the station itself:
//   plurix run samples/cluster/bank/*.java samples/bank/Account.java samples/bank/Transfer.java \
//       samples/cluster/Workers.java
// Standard output is expected_output.txt either way; which stations ran the jobs goes to
// standard error.
public class ClusterBank {
    static final int ACCOUNTS = 1000;
    static final int JOBS = 6;
    static final int TRANSFERS_PER_JOB = 5000;

    static Account[] accounts;

    static long total() {
        long sum = 0;
        for (int i = 0; i < accounts.length; i++) {
            sum += accounts[i].balance;
        }
        return sum;
    }

    public static void main(String[] args) {
        // The same starting balances as samples/bank, so the same starting total.
        Random random = new Random(42);
        accounts = new Account[ACCOUNTS];
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts[i] = new Account(i, 10000 + random.nextInt(90000));
        }
        long before = total();
        System.out.println("accounts: " + ACCOUNTS);
        System.out.println("total before: " + before);

        Station[] workers = Workers.accepting();
        TransferJob[] jobs = new TransferJob[JOBS];
        for (int j = 0; j < JOBS; j++) {
            jobs[j] = new TransferJob(accounts, 1000 + j, TRANSFERS_PER_JOB);
            if (workers.length == 0) {
                STATION.register(jobs[j]);
            } else {
                workers[j % workers.length].register(jobs[j]);
            }
        }
        String where = workers.length == 0 ? "this station" : workers.length + " stations";
        System.err.println(JOBS + " transfer jobs on " + where);
        STATION.register(new BankReporter(jobs, before));
    }
}
