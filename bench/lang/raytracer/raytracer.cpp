// The ray tracer of samples/raytracer ported to C++17: the same scene, camera,
// shading and operation order, so the pixel checksum is bit for bit the one
// RayTracerBench.java prints. Vectors are values here (the Java version
// allocates one object per vector), shapes are virtual as there.
// Usage: raytracer [size [repetitions]] renders a size x size image.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "lang_bench.h"

namespace {

struct Vec {
  double x, y, z;

  Vec add(const Vec& o) const { return {x + o.x, y + o.y, z + o.z}; }
  Vec sub(const Vec& o) const { return {x - o.x, y - o.y, z - o.z}; }
  Vec scale(double s) const { return {x * s, y * s, z * s}; }
  Vec mul(const Vec& o) const { return {x * o.x, y * o.y, z * o.z}; }
  double dot(const Vec& o) const { return x * o.x + y * o.y + z * o.z; }
  Vec cross(const Vec& o) const { return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x}; }
  double length() const { return std::sqrt(dot(*this)); }
  Vec normalized() const { return scale(1.0 / length()); }
};

struct Material {
  Vec color;
  double diffuse, specular, reflectivity;
};

struct Light {
  Vec position, color;
};

// Rays start this far off a surface so they do not hit it again.
constexpr double kEpsilon = 1e-6;

class Shape {
 public:
  explicit Shape(const Material& material) : material(material) {}
  virtual ~Shape() = default;
  // The distance to the nearest hit farther than kEpsilon, or negative.
  virtual double intersect(const Vec& origin, const Vec& dir) const = 0;
  virtual Vec normalAt(const Vec& point) const = 0;
  const Material material;
};

class Sphere final : public Shape {
 public:
  Sphere(const Vec& center, double radius, const Material& material)
      : Shape(material), center_(center), radius_(radius) {}

  double intersect(const Vec& origin, const Vec& dir) const override {
    Vec oc = origin.sub(center_);
    double b = oc.dot(dir);
    double c = oc.dot(oc) - radius_ * radius_;
    double discriminant = b * b - c;
    if (discriminant < 0) return -1.0;
    double root = std::sqrt(discriminant);
    double t = -b - root;
    if (t > kEpsilon) return t;
    t = -b + root;
    return t > kEpsilon ? t : -1.0;
  }

  Vec normalAt(const Vec& point) const override { return point.sub(center_).scale(1.0 / radius_); }

 private:
  Vec center_;
  double radius_;
};

// Intersected with the Moeller-Trumbore test.
class Triangle final : public Shape {
 public:
  Triangle(const Vec& a, const Vec& b, const Vec& c, const Material& material)
      : Shape(material), a_(a), edge1_(b.sub(a)), edge2_(c.sub(a)), normal_(edge1_.cross(edge2_).normalized()) {}

  double intersect(const Vec& origin, const Vec& dir) const override {
    Vec p = dir.cross(edge2_);
    double det = edge1_.dot(p);
    if (det > -kEpsilon && det < kEpsilon) return -1.0;
    double inverse = 1.0 / det;
    Vec s = origin.sub(a_);
    double u = s.dot(p) * inverse;
    if (u < 0.0 || u > 1.0) return -1.0;
    Vec q = s.cross(edge1_);
    double v = dir.dot(q) * inverse;
    if (v < 0.0 || u + v > 1.0) return -1.0;
    double t = edge2_.dot(q) * inverse;
    return t > kEpsilon ? t : -1.0;
  }

  Vec normalAt(const Vec&) const override { return normal_; }

 private:
  Vec a_, edge1_, edge2_, normal_;
};

// A pinhole camera looking from `eye` towards the scene's centre.
class Camera {
 public:
  Camera(int width, int height) : width(width), height(height) {
    forward_ = Vec{0.0, 1.0, 5.0}.sub(eye).normalized();
    right_ = Vec{0.0, 1.0, 0.0}.cross(forward_).normalized();
    up_ = forward_.cross(right_);
  }

  // The unit direction through the centre of pixel (x, y); y grows downwards.
  Vec direction(int x, int y) const {
    double aspect = static_cast<double>(width) / height;
    double u = ((x + 0.5) / width * 2.0 - 1.0) * aspect * 0.6;
    double v = (1.0 - (y + 0.5) / height * 2.0) * 0.6;
    return forward_.add(right_.scale(u)).add(up_.scale(v)).normalized();
  }

  const Vec eye{0.0, 5.0, -9.0};
  const int width;
  const int height;

 private:
  Vec forward_, right_, up_;
};

// 99 spheres in a 9 x 11 grid on a floor, a back wall, a floating pyramid of
// four triangles and three point lights.
class Scene {
 public:
  static constexpr int kMaxDepth = 2;
  static constexpr double kAmbient = 0.1;

  Scene() {
    for (int row = 0; row < 9; row++) {
      for (int col = 0; col < 11; col++) {
        int k = row * 11 + col;
        Vec color{0.2 + 0.8 * ((k * 7) % 11) / 10.0, 0.2 + 0.8 * ((k * 5) % 9) / 8.0,
                  0.2 + 0.8 * ((k * 3) % 7) / 6.0};
        double radius = 0.3 + 0.1 * ((row + col) % 3);
        Material m{color, 0.7, 0.5, (k % 4 == 0) ? 0.5 : 0.15};
        shapes.push_back(std::make_unique<Sphere>(Vec{-5.0 + col, radius, 1.0 + row}, radius, m));
      }
    }
    Material floor{{0.8, 0.8, 0.8}, 0.8, 0.1, 0.3};
    addQuad({-9.0, 0.0, -4.0}, {-9.0, 0.0, 14.0}, {9.0, 0.0, 14.0}, {9.0, 0.0, -4.0}, floor);
    Material wall{{0.5, 0.6, 0.9}, 0.9, 0.0, 0.0};
    addQuad({-9.0, 0.0, 14.0}, {9.0, 0.0, 14.0}, {9.0, 9.0, 14.0}, {-9.0, 9.0, 14.0}, wall);
    Material gold{{1.0, 0.8, 0.3}, 0.6, 0.8, 0.4};
    Vec apex{0.0, 3.2, 5.0};
    Vec rim[4] = {{-1.5, 4.8, 3.5}, {1.5, 4.8, 3.5}, {1.5, 4.8, 6.5}, {-1.5, 4.8, 6.5}};
    for (int i = 0; i < 4; i++) shapes.push_back(std::make_unique<Triangle>(apex, rim[i], rim[(i + 1) % 4], gold));
    lights.push_back({{-6.0, 8.0, -3.0}, {0.7, 0.7, 0.7}});
    lights.push_back({{6.0, 6.0, -2.0}, {0.5, 0.4, 0.3}});
    lights.push_back({{0.0, 7.0, 8.0}, {0.3, 0.3, 0.5}});
  }

  // The colour seen along the unit direction `dir` from `origin`.
  Vec trace(const Vec& origin, const Vec& dir, int depth) const {
    double hitT;
    int index = nearest(origin, dir, hitT);
    if (index < 0) return background(dir);
    const Shape& shape = *shapes[index];
    const Material& m = shape.material;
    Vec point = origin.add(dir.scale(hitT));
    Vec normal = shape.normalAt(point);
    if (normal.dot(dir) > 0.0) normal = normal.scale(-1.0);  // the side facing the viewer
    Vec color = m.color.scale(kAmbient);
    for (const Light& light : lights) {
      Vec toLight = light.position.sub(point);
      double distance = toLight.length();
      toLight = toLight.scale(1.0 / distance);
      double lambert = normal.dot(toLight);
      if (lambert <= 0.0 || shadowed(point, toLight, distance)) continue;
      color = color.add(m.color.mul(light.color).scale(m.diffuse * lambert));
      Vec mirrored = toLight.sub(normal.scale(2.0 * lambert));
      double highlight = mirrored.dot(dir);
      if (highlight > 0.0 && m.specular > 0.0) color = color.add(light.color.scale(m.specular * power16(highlight)));
    }
    if (depth < kMaxDepth && m.reflectivity > 0.0) {
      Vec reflected = dir.sub(normal.scale(2.0 * normal.dot(dir)));
      color = color.add(trace(point, reflected, depth + 1).scale(m.reflectivity));
    }
    return color;
  }

  std::vector<std::unique_ptr<Shape>> shapes;
  std::vector<Light> lights;

 private:
  void addQuad(const Vec& a, const Vec& b, const Vec& c, const Vec& d, const Material& material) {
    shapes.push_back(std::make_unique<Triangle>(a, b, c, material));
    shapes.push_back(std::make_unique<Triangle>(a, c, d, material));
  }

  // Index of the nearest shape hit by the ray, or -1; its distance in hitT.
  int nearest(const Vec& origin, const Vec& dir, double& hitT) const {
    int best = -1;
    double bestT = DBL_MAX;
    for (std::size_t i = 0; i < shapes.size(); i++) {
      double t = shapes[i]->intersect(origin, dir);
      if (t > 0.0 && t < bestT) {
        bestT = t;
        best = static_cast<int>(i);
      }
    }
    hitT = bestT;
    return best;
  }

  bool shadowed(const Vec& point, const Vec& toLight, double distance) const {
    for (const auto& shape : shapes) {
      double t = shape->intersect(point, toLight);
      if (t > 0.0 && t < distance) return true;
    }
    return false;
  }

  static Vec background(const Vec& dir) {
    double s = 0.5 * (dir.y + 1.0);
    return {0.1 + 0.2 * s, 0.1 + 0.3 * s, 0.2 + 0.5 * s};
  }

  // x^16 by squaring, as the Java version computes it.
  static double power16(double x) {
    double x2 = x * x;
    double x4 = x2 * x2;
    double x8 = x4 * x4;
    return x8 * x8;
  }
};

int channel(double v) {
  if (v <= 0.0) return 0;
  if (v >= 1.0) return 255;
  return static_cast<int>(v * 255.0 + 0.5);
}

// Renders the rows [firstRow, lastRow) into pixels.
void renderRows(int firstRow, int lastRow, const Scene& scene, const Camera& camera, std::vector<int>& pixels) {
  for (int y = firstRow; y < lastRow; y++) {
    for (int x = 0; x < camera.width; x++) {
      Vec c = scene.trace(camera.eye, camera.direction(x, y), 0);
      pixels[y * camera.width + x] = (channel(c.x) << 16) | (channel(c.y) << 8) | channel(c.z);
    }
  }
}

// Java's `h = h * 1000003L + pixel` over all pixels, with long's wrap-around.
std::int64_t checksum(const std::vector<int>& pixels) {
  std::uint64_t h = 0;
  for (int pixel : pixels) h = h * 1000003u + static_cast<std::uint64_t>(static_cast<std::int64_t>(pixel));
  return static_cast<std::int64_t>(h);
}

std::string runOnce(int size) {
  constexpr int kBandHeight = 16;
  Scene scene;
  Camera camera(size, size);
  std::vector<int> pixels(static_cast<std::size_t>(size) * size);
  for (int first = 0; first < size; first += kBandHeight) {
    renderRows(first, std::min(first + kBandHeight, size), scene, camera, pixels);
  }
  return "raytracer " + std::to_string(size) + "x" + std::to_string(size) + ", " + std::to_string(scene.shapes.size()) +
         " shapes, " + std::to_string(scene.lights.size()) + " lights\nchecksum: " + std::to_string(checksum(pixels)) +
         "\n";
}

}  // namespace

int main(int argc, char** argv) { return lang_bench::run(runOnce, "raytracer", argc, argv, 256, 1, 8192); }
