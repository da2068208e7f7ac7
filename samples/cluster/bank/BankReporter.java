import plurix.*;

// Registered with the station that ran main: returns, step after step, until every transfer job
// has finished, then prints the number of transfers and the bank's total, and leaves.
public class BankReporter extends Transaction {
    private final TransferJob[] jobs;
    private final long before;

    BankReporter(TransferJob[] jobs, long before) {
        this.jobs = jobs;
        this.before = before;
    }

    public void run() {
        int transfers = 0;
        for (int j = 0; j < jobs.length; j++) {
            if (!jobs[j].finished()) {
                return;
            }
            transfers += jobs[j].transfersRun();
        }
        long after = ClusterBank.total();
        System.out.println("transfers: " + transfers);
        System.out.println("total after: " + after);
        System.out.println(before == after ? "total preserved" : "TOTAL CHANGED");
        STATION.unregister(this);
    }
}
