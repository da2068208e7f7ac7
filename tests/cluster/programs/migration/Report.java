// Where the Migrant ran: its steps per station, once it has finished (arguments: FROM TO).
public class Report {
    public static void main(String[] args) {
        if (Migrant.finishedOn < 0) {
            System.out.println("running");
            return;
        }
        int from = Integer.parseInt(args[0]);
        int to = Integer.parseInt(args[1]);
        System.out.println("migrant: " + Migrant.total + " steps, " + Migrant.stepsOn[from] + " on station " + from
                + ", " + Migrant.stepsOn[to] + " on station " + to + ", finished on station " + Migrant.finishedOn);
    }
}
