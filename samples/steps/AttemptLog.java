import plurix.*;

// Driver-style state in station-local memory (STATION.localMemory()): it
// lies outside the heap, so an abort does not roll it back. Laid over that
// memory with MAGIC.cast2Struct; never referenced from the heap.
public class AttemptLog extends STRUCT {
    int failingAttempts;

    static AttemptLog here() {
        return (AttemptLog) MAGIC.cast2Struct(STATION.localMemory());
    }
}
