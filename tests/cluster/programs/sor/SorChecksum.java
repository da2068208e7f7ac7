// Prints what samples/sor prints (size, then checksum) if every station went through every sweep.
public class SorChecksum {
    public static void main(String[] args) {
        if (SorJob.barrier.generation() != SorJob.generations()) {
            System.out.println("the barrier is at generation " + SorJob.barrier.generation() + " of "
                    + SorJob.generations());
            System.exit(1);
        }
        System.out.println("sor " + SorJob.rows + "x" + SorJob.columns + ", " + SorJob.iterations + " iterations, omega "
                + Sor.OMEGA + ", " + SorJob.bands.length + " bands");
        System.out.println("checksum: " + Sor.checksum(SorJob.grid));
    }
}
