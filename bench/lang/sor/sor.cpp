// The red-black successive over-relaxation of samples/sor ported to C++17:
// the same start grid, bands, sweep order and summation order, so the
// checksum is the one SorBench.java prints. Rows are separate vectors, as the
// Java grid's rows are separate arrays. Usage: sor [size [repetitions]].
#include <cstdint>
#include <string>
#include <vector>

#include "lang_bench.h"

namespace {

using Grid = std::vector<std::vector<double>>;

constexpr double kOmega = 1.25;
constexpr const char* kOmegaText = "1.25";  // Java's Double.toString(kOmega)
constexpr int kIterations = 100;
constexpr int kBands = 8;

// A band of consecutive interior rows [firstRow, lastRow].
struct Band {
  int firstRow;
  int lastRow;

  // Relaxes the cells of colour `color` (0 = red, 1 = black: (i + j) % 2).
  void relax(Grid& grid, int color, double omega) const {
    int columns = static_cast<int>(grid[0].size());
    double keep = 1.0 - omega;
    double quarter = omega * 0.25;
    for (int i = firstRow; i <= lastRow; i++) {
      const std::vector<double>& above = grid[i - 1];
      std::vector<double>& row = grid[i];
      const std::vector<double>& below = grid[i + 1];
      int start = 1 + ((i + 1 + color) & 1);
      for (int j = start; j < columns - 1; j += 2) {
        row[j] = keep * row[j] + quarter * (above[j] + below[j] + row[j - 1] + row[j + 1]);
      }
    }
  }
};

// A hot top edge, a cold bottom edge, linear side edges and a bumpy interior.
Grid initialGrid(int rows, int columns) {
  Grid grid(rows, std::vector<double>(columns));
  for (int i = 0; i < rows; i++) {
    for (int j = 0; j < columns; j++) grid[i][j] = ((i * 31 + j * 17) % 101) / 101.0;
  }
  for (int j = 0; j < columns; j++) {
    grid[0][j] = 1.0;
    grid[rows - 1][j] = 0.0;
  }
  for (int i = 0; i < rows; i++) {
    double edge = 1.0 - static_cast<double>(i) / (rows - 1);
    grid[i][0] = edge;
    grid[i][columns - 1] = edge;
  }
  return grid;
}

// Splits the interior rows 1 .. rows-2 into `count` bands of nearly equal size.
std::vector<Band> makeBands(int rows, int count) {
  int interior = rows - 2;
  if (count > interior) count = interior;
  std::vector<Band> bands;
  int first = 1;
  for (int b = 0; b < count; b++) {
    int size = interior / count + (b < interior % count ? 1 : 0);
    bands.push_back(Band{first, first + size - 1});
    first += size;
  }
  return bands;
}

double checksum(const Grid& grid) {
  double sum = 0.0;
  for (const auto& row : grid) {
    for (double cell : row) sum += cell;
  }
  return sum;
}

std::string runOnce(int size) {
  Grid grid = initialGrid(size, size);
  std::vector<Band> bands = makeBands(size, kBands);
  for (int it = 0; it < kIterations; it++) {
    for (int color = 0; color < 2; color++) {
      for (const Band& band : bands) band.relax(grid, color, kOmega);
    }
  }
  auto sum = static_cast<std::int64_t>(checksum(grid) * 1e9);
  return "sor " + std::to_string(size) + "x" + std::to_string(size) + ", " + std::to_string(kIterations) +
         " iterations, omega " + kOmegaText + ", " + std::to_string(bands.size()) + " bands\nchecksum: " +
         std::to_string(sum) + "\n";
}

}  // namespace

int main(int argc, char** argv) { return lang_bench::run(runOnce, "sor", argc, argv, 512, 3, 16384); }
