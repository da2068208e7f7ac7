import plurix.*;

// The SOR of samples/sor split over several stations: the creating station builds the grid, the
// sample's bands and a barrier for the stations (main; arguments: STATIONS [N M iterations
// bands], the sample's defaults without the last four). Every joined station runs SorWorker on
// a contiguous block of the bands, sweep after sweep, red then black, and all meet at the
// barrier after each sweep: a red sweep reads only black cells and a black sweep only red ones,
// so the bands of one sweep are independent and the result is the sample's to the last bit.
// SorChecksum prints what the sample prints once every sweep has passed the barrier.
public class SorJob {
    static int rows = 512;
    static int columns = 512;
    static int iterations = 100;
    static double[][] grid;
    static Band[] bands;
    static PartyBarrier barrier;

    // The barrier's generations: one when every station has set up, then one per sweep.
    static int generations() {
        return 1 + 2 * iterations;
    }

    public static void main(String[] args) {
        int stations = Integer.parseInt(args[0]);
        int bandCount = 8;
        if (args.length == 5) {
            rows = Integer.parseInt(args[1]);
            columns = Integer.parseInt(args[2]);
            iterations = Integer.parseInt(args[3]);
            bandCount = Integer.parseInt(args[4]);
        }
        grid = Sor.initialGrid(rows, columns);
        bands = Sor.makeBands(rows, bandCount);
        barrier = new PartyBarrier(stations);
        System.out.println("job: sor " + rows + "x" + columns + ", " + iterations + " iterations, "
                + bands.length + " bands over " + stations + " stations");
    }
}
