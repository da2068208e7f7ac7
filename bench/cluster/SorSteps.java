// SOR's distributed transactions (tests/cluster/programs/sor) on the one station of `plurix run`:
// the same job and worker steps, barrier included, with no page leaving the station. Set beside
// the sample's plain main and the joined stations, it splits the cost into what tracking the
// steps costs and what shipping their pages costs.
public class SorSteps {
    public static void main(String[] args) {
        SorJob.main(new String[] {"1"});
        SorWorker.main(new String[] {"0", "1"});
    }
}
