// `plurix cluster up|status|down [--dir DIR]`: a cluster of stations on this host, each a
// `plurix station` process of its own with a log in DIR. `up -n N FILE...` starts station 0 (it
// compiles the program, runs its main and serves the heap) and N-1 worker stations joined to it;
// `status` says which still run; `down` stops them, workers first. DIR keeps the cluster key,
// the address and the stations' process ids (docs/CLUSTER.md).
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"

namespace plurix::cli {

namespace {

struct ClusterOptions {
  std::string dir = "plurix-cluster";
  int stations = 1;
  size_t heapMiB = 1024;
  bool noBalance = false;
  std::vector<std::string> files;
};

struct StationProcess {
  int id = 0;
  pid_t pid = 0;
};

std::string logOf(const std::string& dir, int station) { return dir + "/station-" + std::to_string(station) + ".log"; }

// Starts `plurix ARGS...` in a session of its own, output to logPath; returns its pid or -1.
pid_t spawnStation(const std::vector<std::string>& arguments, const std::string& logPath) {
  pid_t pid = fork();
  if (pid != 0) return pid;
  setsid();
  int log = open(logPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int nothing = open("/dev/null", O_RDONLY);
  if (log < 0 || nothing < 0) _exit(127);
  dup2(nothing, 0);
  dup2(log, 1);
  dup2(log, 2);
  std::vector<char*> argv;
  std::string self = "plurix";
  argv.push_back(self.data());
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  execv("/proc/self/exe", argv.data());
  _exit(127);
}

bool alive(pid_t pid) { return pid > 0 && kill(pid, 0) == 0; }

// Waits until the log holds a line containing text; false if the station died or time ran out.
bool waitForLine(const std::string& logPath, const std::string& text, pid_t pid, std::string* line) {
  for (int tries = 0; tries < 600; ++tries) {
    std::ifstream log(logPath);
    std::string current;
    while (std::getline(log, current)) {
      if (current.find(text) == std::string::npos) continue;
      *line = current;
      return true;
    }
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

std::vector<StationProcess> readStations(const std::string& dir) {
  std::vector<StationProcess> stations;
  std::ifstream file(dir + "/stations");
  StationProcess station;
  while (file >> station.id >> station.pid) stations.push_back(station);
  return stations;
}

std::string readAddress(const std::string& dir) {
  std::ifstream file(dir + "/address");
  std::string address;
  file >> address;
  return address;
}

void showLogTail(const std::string& logPath) {
  std::ifstream log(logPath);
  std::string line;
  while (std::getline(log, line)) std::cerr << "  " << line << "\n";
}

int stopStations(const std::vector<StationProcess>& stations) {
  // Workers first, station 0 (the page server, which holds the committed state) last.
  int stopped = 0;
  for (auto it = stations.rbegin(); it != stations.rend(); ++it) {
    if (!alive(it->pid)) continue;
    kill(it->pid, SIGTERM);
    for (int tries = 0; tries < 50 && alive(it->pid); ++tries) {
      waitpid(it->pid, nullptr, WNOHANG);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (alive(it->pid)) kill(it->pid, SIGKILL);
    ++stopped;
  }
  return stopped;
}

int clusterUp(const ClusterOptions& options) {
  for (const StationProcess& station : readStations(options.dir)) {
    if (alive(station.pid)) {
      std::cerr << "plurix cluster up: a cluster runs in " << options.dir << " already (station " << station.id
                << ", pid " << station.pid << "); stop it with plurix cluster down --dir " << options.dir << "\n";
      return 1;
    }
  }
  if (mkdir(options.dir.c_str(), 0755) != 0 && errno != EEXIST) {
    std::cerr << "plurix cluster up: cannot create " << options.dir << ": " << strerror(errno) << "\n";
    return 1;
  }
  std::string key = options.dir + "/cluster.key";
  std::vector<StationProcess> started;
  auto giveUp = [&](int station, const char* what) {
    std::cerr << "plurix cluster up: station " << station << " " << what << "; its log " << logOf(options.dir, station)
              << ":\n";
    showLogTail(logOf(options.dir, station));
    stopStations(started);
    return 1;
  };
  std::vector<std::string> create{"station", "--create", "--key", key, "--listen", "127.0.0.1:0",
                                  "--heap", std::to_string(options.heapMiB)};
  create.insert(create.end(), options.files.begin(), options.files.end());
  pid_t server = spawnStation(create, logOf(options.dir, 0));
  started.push_back(StationProcess{0, server});
  std::string line;
  if (server < 0 || !waitForLine(logOf(options.dir, 0), "serves the heap at ", server, &line)) {
    return giveUp(0, "did not start");
  }
  std::string address = line.substr(line.find(" at ") + 4);
  address = address.substr(0, address.find(' '));
  for (int station = 1; station < options.stations; ++station) {
    std::vector<std::string> join{"station", "--join", address, "--key", key};
    if (options.noBalance) join.push_back("--no-balance");
    pid_t pid = spawnStation(join, logOf(options.dir, station));
    started.push_back(StationProcess{station, pid});
    if (pid < 0 || !waitForLine(logOf(options.dir, station), "joined the cluster", pid, &line)) {
      return giveUp(station, "did not join");
    }
  }
  std::ofstream(options.dir + "/address") << address << "\n";
  std::ofstream stationsFile(options.dir + "/stations");
  for (const StationProcess& station : started) stationsFile << station.id << " " << station.pid << "\n";
  std::cout << "cluster of " << options.stations << " station" << (options.stations == 1 ? "" : "s") << " at "
            << address << "; key, logs and process ids in " << options.dir << std::endl;
  return 0;
}

int clusterStatus(const ClusterOptions& options) {
  std::vector<StationProcess> stations = readStations(options.dir);
  if (stations.empty()) {
    std::cerr << "plurix cluster status: no cluster in " << options.dir << "\n";
    return 2;
  }
  std::cout << "cluster at " << readAddress(options.dir) << " (" << options.dir << ")\n";
  std::cout << "station  pid      state    log\n";
  int running = 0;
  for (const StationProcess& station : stations) {
    bool up = alive(station.pid);
    running += up ? 1 : 0;
    char row[160];
    snprintf(row, sizeof row, "%-8d %-8d %-8s %s\n", station.id, static_cast<int>(station.pid), up ? "running" : "stopped",
             logOf(options.dir, station.id).c_str());
    std::cout << row;
  }
  std::cout << running << " of " << stations.size() << " running\n";
  return running == static_cast<int>(stations.size()) ? 0 : 1;
}

int clusterDown(const ClusterOptions& options) {
  std::vector<StationProcess> stations = readStations(options.dir);
  if (stations.empty()) {
    std::cerr << "plurix cluster down: no cluster in " << options.dir << "\n";
    return 2;
  }
  int stopped = stopStations(stations);
  std::cout << "stopped " << stopped << " station" << (stopped == 1 ? "" : "s") << "\n";
  return 0;
}

}  // namespace

void addClusterCommand(CLI::App& app, int* status) {
  auto options = std::make_shared<ClusterOptions>();
  CLI::App* cluster = app.add_subcommand("cluster", "Start, inspect and stop a cluster of stations on this host");
  cluster->require_subcommand(1);
  CLI::App* up = cluster->add_subcommand("up", "Start N stations: station 0 runs FILEs' main and serves the heap");
  up->add_option("-n", options->stations, "Number of stations (1 to 64)")->required()->check(CLI::Range(1, 64));
  up->add_option("--dir", options->dir, "Where the key, logs and process ids go");
  up->add_option("--heap", options->heapMiB, "Heap size in MiB")->check(CLI::Range(16, 32768));
  up->add_flag("--no-balance", options->noBalance, "Workers do not move work to less loaded stations");
  up->add_option("FILE", options->files, "The program the cluster starts with (.java; none: the library alone, for plurix submit and shell)");
  up->callback([options, status] { *status = clusterUp(*options); });
  CLI::App* show = cluster->add_subcommand("status", "Say which stations of the cluster run");
  show->add_option("--dir", options->dir, "The cluster's folder");
  show->callback([options, status] { *status = clusterStatus(*options); });
  CLI::App* down = cluster->add_subcommand("down", "Stop every station of the cluster, workers first");
  down->add_option("--dir", options->dir, "The cluster's folder");
  down->callback([options, status] { *status = clusterDown(*options); });
}

}  // namespace plurix::cli
