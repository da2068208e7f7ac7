// The n-body benchmark of the Computer Language Benchmarks Game in C++17, the
// same algorithm and operation order as NBody.java so that both print the
// same digits. Usage: nbody [steps [repetitions]].
#include <cmath>
#include <cstdint>
#include <string>

#include "lang_bench.h"

namespace {

constexpr double kPi = 3.141592653589793;
constexpr double kSolarMass = 4 * kPi * kPi;
constexpr double kDaysPerYear = 365.24;
constexpr int kBodies = 5;

struct Body {
  double x, y, z, vx, vy, vz, mass;
};

// Velocities are given per day, masses in solar masses.
Body makeBody(double x, double y, double z, double vx, double vy, double vz, double mass) {
  return Body{x, y, z, vx * kDaysPerYear, vy * kDaysPerYear, vz * kDaysPerYear, mass * kSolarMass};
}

void solarSystem(Body* bodies) {
  bodies[0] = makeBody(0, 0, 0, 0, 0, 0, 1);
  bodies[1] = makeBody(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                       1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                       9.54791938424326609e-04);
  bodies[2] = makeBody(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                       -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                       2.85885980666130812e-04);
  bodies[3] = makeBody(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                       2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                       4.36624404335156298e-05);
  bodies[4] = makeBody(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                       2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                       5.15138902046611451e-05);
}

// Gives the Sun the momentum that makes the system's total zero.
void offsetMomentum(Body* bodies) {
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < kBodies; i++) {
    px += bodies[i].vx * bodies[i].mass;
    py += bodies[i].vy * bodies[i].mass;
    pz += bodies[i].vz * bodies[i].mass;
  }
  bodies[0].vx = -px / kSolarMass;
  bodies[0].vy = -py / kSolarMass;
  bodies[0].vz = -pz / kSolarMass;
}

void advance(Body* bodies, double dt) {
  for (int i = 0; i < kBodies; i++) {
    Body& a = bodies[i];
    for (int j = i + 1; j < kBodies; j++) {
      Body& b = bodies[j];
      double dx = a.x - b.x;
      double dy = a.y - b.y;
      double dz = a.z - b.z;
      double squared = dx * dx + dy * dy + dz * dz;
      double magnitude = dt / (squared * std::sqrt(squared));
      a.vx -= dx * b.mass * magnitude;
      a.vy -= dy * b.mass * magnitude;
      a.vz -= dz * b.mass * magnitude;
      b.vx += dx * a.mass * magnitude;
      b.vy += dy * a.mass * magnitude;
      b.vz += dz * a.mass * magnitude;
    }
  }
  for (int i = 0; i < kBodies; i++) {
    Body& body = bodies[i];
    body.x += dt * body.vx;
    body.y += dt * body.vy;
    body.z += dt * body.vz;
  }
}

double energy(const Body* bodies) {
  double e = 0.0;
  for (int i = 0; i < kBodies; i++) {
    const Body& a = bodies[i];
    e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
    for (int j = i + 1; j < kBodies; j++) {
      const Body& b = bodies[j];
      double dx = a.x - b.x;
      double dy = a.y - b.y;
      double dz = a.z - b.z;
      e -= (a.mass * b.mass) / std::sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

std::string runOnce(int steps) {
  Body bodies[kBodies];
  solarSystem(bodies);
  offsetMomentum(bodies);
  auto before = static_cast<std::int64_t>(energy(bodies) * 1e9);
  for (int i = 0; i < steps; i++) advance(bodies, 0.01);
  auto after = static_cast<std::int64_t>(energy(bodies) * 1e9);
  return "energy before: " + std::to_string(before) + "\nenergy after: " + std::to_string(after) + "\n";
}

}  // namespace

int main(int argc, char** argv) { return lang_bench::run(runOnce, "nbody", argc, argv, 1000, 0, 1000000000); }
