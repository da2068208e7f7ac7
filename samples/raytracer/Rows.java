// Renders the rows [firstRow, lastRow) of the image into a shared pixel
// array. Rows are independent, so later each Rows object can run as a
// transaction on a different station.
public class Rows {
    final int firstRow;
    final int lastRow;

    Rows(int firstRow, int lastRow) {
        this.firstRow = firstRow;
        this.lastRow = lastRow;
    }

    void render(Scene scene, Camera camera, int[] pixels) {
        for (int y = firstRow; y < lastRow; y++) {
            for (int x = 0; x < camera.width; x++) {
                Vec c = scene.trace(camera.eye, camera.direction(x, y), 0);
                pixels[y * camera.width + x] = (channel(c.x) << 16) | (channel(c.y) << 8) | channel(c.z);
            }
        }
    }

    // Renders the same rows into band, an array of their own: row firstRow is band's row 0. A
    // station that renders bands into arrays of their own (whole pages each) shares no page
    // with the station rendering the next band.
    void renderInto(Scene scene, Camera camera, int[] band) {
        for (int y = firstRow; y < lastRow; y++) {
            for (int x = 0; x < camera.width; x++) {
                Vec c = scene.trace(camera.eye, camera.direction(x, y), 0);
                band[(y - firstRow) * camera.width + x] = (channel(c.x) << 16) | (channel(c.y) << 8) | channel(c.z);
            }
        }
    }

    static int channel(double v) {
        if (v <= 0.0) {
            return 0;
        }
        if (v >= 1.0) {
            return 255;
        }
        return (int) (v * 255.0 + 0.5);
    }
}
