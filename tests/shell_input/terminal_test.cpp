// EditLineReader through a real terminal: echo_repl runs inside pty_driver's pseudo-terminal and
// each test plays a script of keys against it. The driver's own failure reporting is tested too,
// since later end-to-end tests of the shell rely on it naming what went wrong.
#include <gtest/gtest.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

struct DriverRun {
  int status;
  std::string output;  // the driver's stdout and stderr
};

class TerminalTest : public testing::Test {
 protected:
  void SetUp() override {
    directory_ = std::filesystem::temp_directory_path() /
                 ("plurix-terminal-test-" + std::to_string(getpid()) + "-" +
                  testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(directory_);
    std::filesystem::create_directories(directory_);
  }
  void TearDown() override { std::filesystem::remove_all(directory_); }

  std::string historyPath() const { return (directory_ / "history").string(); }

  // A script that waits for the first prompt, plays steps, and ends the session with Ctrl-D at a
  // prompt, expecting echo_repl to say goodbye and exit with 0.
  static std::string session(const std::string& steps) {
    return "expect: > \n" + steps + "expect: > \nctrl-d\nexpect: bye\nexit: 0\n";
  }

  // Runs the script against echo_repl (with this test's history file) through the driver.
  DriverRun drive(const std::string& script, const std::string& environment = "",
                  const std::string& command = "") {
    const std::filesystem::path scriptPath = directory_ / "script";
    std::ofstream(scriptPath) << script;
    const std::string commandLine =
        std::string(PLURIX_PTY_DRIVER) + " --timeout 3 " +
        (environment.empty() ? "" : "--env " + environment + " ") + scriptPath.string() + " -- " +
        (command.empty() ? std::string(PLURIX_ECHO_REPL) + " " + historyPath() : command) + " 2>&1";
    DriverRun run{-1, ""};
    FILE* pipe = popen(commandLine.c_str(), "r");
    if (pipe == nullptr) return run;
    char buffer[4096];
    while (size_t got = fread(buffer, 1, sizeof buffer, pipe)) run.output.append(buffer, got);
    const int status = pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
  }

  std::filesystem::path directory_;
};

TEST_F(TerminalTest, EchoesOneLineAndEndsOnCtrlD) {
  const DriverRun run = drive(
      "expect: > \n"
      "send: int x = 1;\n"
      "expect: got: int x = 1; (line 1)\n"
      "expect: > \n"
      "ctrl-d\n"
      "expect: bye\n"
      "exit: 0\n");
  EXPECT_EQ(run.status, 0) << run.output;
}

TEST_F(TerminalTest, OpenBracesAskForContinuationLines) {
  const DriverRun run =
      drive(session("send: class A {\n"
                    "expect: ... \n"
                    "send:   void f() {\n"
                    "expect: ... \n"
                    "send:   }\n"
                    "expect: ... \n"
                    "send: }\n"
                    "expect: got: class A {\\\\n  void f() {\\\\n  }\\\\n} (line 1)\n"
                    "expect: > \n"
                    "send: g();\n"
                    "expect: got: g(); (line 5)\n"));
  EXPECT_EQ(run.status, 0) << run.output;
}

TEST_F(TerminalTest, CtrlDInsideAnOpenInputHandsItOverThenEnds) {
  const DriverRun run = drive(
      "expect: > \n"
      "send: class D {\n"
      "expect: ... \n"
      "ctrl-d\n"
      "expect: got: class D {\n"
      "expect: bye\n"
      "exit: 0\n");
  EXPECT_EQ(run.status, 0) << run.output;
}

TEST_F(TerminalTest, NonAsciiCharactersAreEditedWhole) {
  // Backspace after "ü" (two bytes in UTF-8) must remove both bytes, even where the environment
  // names the plain C locale.
  const DriverRun run = drive(session("type: s = \"gr\\xc3\\xbc\\xc3\\x9f\\xc3\\xbc\n"
                                      "expect: \\xc3\\x9f\\xc3\\xbc\n"
                                      "type: \\x7f\n"
                                      "send: \";\n"
                                      "expect: got: s = \"gr\\xc3\\xbc\\xc3\\x9f\"; (line 1)\n"),
                              "LC_ALL=C");
  EXPECT_EQ(run.status, 0) << run.output;
}

TEST_F(TerminalTest, HistoryIsKeptAcrossRunsAndRecalledByUpArrow) {
  const DriverRun first =
      drive(session("send: first();\n"
                    "expect: got: first();\n"
                    "expect: > \n"
                    "send: class B {\n"
                    "send: }\n"
                    "expect: got: class B {\\\\n}\n"));
  ASSERT_EQ(first.status, 0) << first.output;

  const DriverRun second =
      drive(session("type: \\e[A\n"
                    "enter\n"
                    "expect: got: class B {\\\\n}\n"
                    "expect: > \n"
                    "type: \\e[A\n"
                    "type: \\e[A\n"
                    "enter\n"
                    "expect: got: first();\n"
                    "expect: > \n"
                    "send: :history\n"
                    "expect: history: first();\n"
                    "expect: history: class B {\\\\n}\n"
                    "expect: history: first();\n"
                    "expect: history: :history\n"));
  EXPECT_EQ(second.status, 0) << second.output;
}

TEST_F(TerminalTest, TabCompletesTheOnlyCandidate) {
  const DriverRun run =
      drive(session("type: x = tr\n"
                    "tab\n"
                    "enter\n"
                    "expect: got: x = transaction\n"));
  EXPECT_EQ(run.status, 0) << run.output;
}

TEST_F(TerminalTest, TabExtendsACommonPrefixThenListsTheCandidates) {
  const DriverRun run =
      drive(session("type: sta\n"
                    "tab\n"
                    "expect: stat\n"
                    "tab\n"
                    "expect: station  status\n"
                    "expect: > stat\n"
                    "type: us\n"
                    "enter\n"
                    "expect: got: status\n"));
  EXPECT_EQ(run.status, 0) << run.output;
}

TEST_F(TerminalTest, CtrlCDiscardsTheInputAndKeepsReading) {
  const DriverRun run =
      drive(session("send: class C {\n"
                    "expect: ... \n"
                    "type: abc\n"
                    "expect: abc\n"
                    "ctrl-c\n"
                    "expect: ^C\n"
                    "expect: > \n"
                    "send: def();\n"
                    "expect: got: def(); (line 2)\n"));
  EXPECT_EQ(run.status, 0) << run.output;
}

TEST_F(TerminalTest, CtrlCWhileRunningCallsTheCallbackNotTheReader) {
  const DriverRun run =
      drive(session("send: :run\n"
                    "expect: running\n"
                    "ctrl-c\n"
                    "expect: aborted by callback\n"
                    "expect: > \n"
                    "send: after();\n"
                    "expect: got: after();\n"));
  EXPECT_EQ(run.status, 0) << run.output;
}

TEST_F(TerminalTest, DriverNamesTheFailedStepAndWhatTheTerminalShowed) {
  const DriverRun run = drive(
      "timeout: 0.3\n"
      "expect: > \n"
      "send: hello();\n"
      "expect: never shown\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.output.find("step 4 (script line 4, \"expect: never shown\") failed: not shown "
                            "within 300 ms"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("got: hello();"), std::string::npos) << run.output;
}

TEST_F(TerminalTest, DriverSaysWhenTheCommandEndedBeforeTheExpect) {
  const DriverRun run = drive("expect: > \nctrl-d\nexpect: more\n");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.output.find("the command ended (status 0)"), std::string::npos) << run.output;
}

TEST_F(TerminalTest, DriverChecksTheExitStatus) {
  const DriverRun run = drive("exit: 3\n", "", "sh -c 'exit 4'");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.output.find("exit status 4"), std::string::npos) << run.output;
}

TEST_F(TerminalTest, DriverRefusesAnUnknownStep) {
  const DriverRun run = drive("expect: > \nsned: typo\n");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.output.find("script line 2: not a step: sned: typo"), std::string::npos)
      << run.output;
}

}  // namespace
