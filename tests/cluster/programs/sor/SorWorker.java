import plurix.*;
// On a joined station: relaxes a contiguous block of SorJob's bands, sweep after sweep, meeting
// the other stations at SorJob.barrier after each (arguments: share stations; this station takes
// block `share` of `stations`). The transaction never waits inside a step: a step relaxes and
// arrives, and later steps return until the barrier's generation has passed.
//
// The barrier is a PartyBarrier: this station's arrival writes only its own slot, so it can
// arrive in the step that relaxes without ever conflicting with another station's arrival, and
// a sweep costs one commit and one write set per station.
//
// The relaxing step must not conflict with the neighbours' steps. Rows belong to whole pages (each
// row is an array larger than a page), but the first row of a neighbour's block is written by the
// neighbour in every sweep while this station reads it, so relaxing straight from the shared grid
// would doom one of the two steps in most sweeps (measured on 2 stations: 12.4 s instead of 5.7).
// Instead this station relaxes a view of the grid: its own rows and the grid's fixed edge rows are
// the shared ones, the rows of neighbour stations are private copies (ghosts), refreshed right
// after each barrier. That copy is exact: after the barrier of sweep s the neighbour may already
// have run sweep s+1, which changes only cells of the colour this station's sweep s+1 does not
// read, and it cannot run sweep s+2 before this station has arrived again.
public class SorWorker extends Transaction {
    static final int ARRIVE = 0;
    static final int WAIT = 1;
    static final int RELAX = 2;

    private final int share;
    private final int stations;
    private PartyBarrier barrier;
    private Band[] mine;
    private double[][] view;
    private double[][] ghosts;
    private double[][] ghostSources;
    private int sweeps;
    private int phase = ARRIVE;
    private int generation;
    private int sweep;
    private long startNanos;

    SorWorker(int share, int stations) {
        this.share = share;
        this.stations = stations;
    }

    public void run() {
        if (view == null) {
            setUp();
            return;
        }
        if (phase == RELAX) {
            for (int b = 0; b < mine.length; b++) {
                mine[b].relax(view, sweep & 1, Sor.OMEGA);
            }
            phase = ARRIVE;
        }
        if (phase == ARRIVE) {
            generation = barrier.arrive(share);
            phase = WAIT;
            return;
        }
        if (!barrier.passed(generation)) {
            return;
        }
        // Generation 0 is every station set up; generation g >= 1 is sweep g - 1 done everywhere.
        if (generation == 0) {
            startNanos = System.nanoTime();
        }
        sweep = generation;
        if (sweep == sweeps) {
            long millis = (System.nanoTime() - startNanos) / 1000000;
            System.out.println("station " + STATION.id + ": " + mine.length + " bands, " + sweeps
                    + " sweeps done in " + millis + " ms");
            STATION.unregister(this);
            return;
        }
        for (int g = 0; g < ghosts.length; g++) {
            System.arraycopy(ghostSources[g], 0, ghosts[g], 0, ghosts[g].length);
        }
        phase = RELAX;
    }

    // Copies this station's bands onto its own pages, so that relaxing reads nothing that lies
    // on a page another station writes, and builds the view with its ghost rows.
    private void setUp() {
        Band[] all = SorJob.bands;
        int from = share * all.length / stations;
        int to = (share + 1) * all.length / stations;
        mine = new Band[to - from];
        for (int b = from; b < to; b++) {
            mine[b - from] = new Band(all[b].firstRow, all[b].lastRow);
        }
        barrier = SorJob.barrier;
        sweeps = 2 * SorJob.iterations;
        double[][] grid = SorJob.grid;
        int edge = grid.length - 1;
        view = new double[grid.length][];
        view[0] = grid[0];  // the fixed edges, never written
        view[edge] = grid[edge];
        boolean above = mine.length > 0 && mine[0].firstRow > 1;
        boolean below = mine.length > 0 && mine[mine.length - 1].lastRow < edge - 1;
        ghosts = new double[(above ? 1 : 0) + (below ? 1 : 0)][];
        ghostSources = new double[ghosts.length][];
        if (above) {
            addGhost(0, grid, mine[0].firstRow - 1);
        }
        if (below) {
            addGhost(ghosts.length - 1, grid, mine[mine.length - 1].lastRow + 1);
        }
        for (int b = 0; b < mine.length; b++) {
            for (int i = mine[b].firstRow; i <= mine[b].lastRow; i++) {
                view[i] = grid[i];
            }
        }
    }

    private void addGhost(int g, double[][] grid, int row) {
        ghostSources[g] = grid[row];
        ghosts[g] = new double[grid[row].length];
        view[row] = ghosts[g];
    }

    public static void main(String[] args) {
        STATION.register(new SorWorker(Integer.parseInt(args[0]), Integer.parseInt(args[1])));
    }
}
