// SPDX-License-Identifier: MIT
#include "support/command.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using csto::test::shellQuote;
using csto::test::TempDir;

namespace {

using Run = csto::test::CommandResult;

// Runs a shell command line, capturing what it prints on stdout and stderr and its exit code.
Run run(const std::string &commandLine)
{
    return csto::test::runCommand(commandLine + " 2>&1");
}

bool haveProgram(const std::string &name)
{
    return run("command -v " + shellQuote(name)).exitCode == 0;
}

const std::string appId = CSTO_APP_ID;

} // namespace

TEST_CASE("cmake --install puts the programs, the knowledge base and the desktop files in place")
{
    TempDir prefix;
    const Run install =
        run(shellQuote(CSTO_CMAKE_COMMAND) + " --install " + shellQuote(CSTO_BUILD_DIR) +
            " --prefix " + shellQuote(prefix.path().string()));
    INFO(install.output);
    REQUIRE(install.exitCode == 0);

    const std::string expected[] = {
        "bin/csto-atlas",
        "bin/csto-kb",
        "share/csto-atlas/csto-atlas.db",
        "share/applications/" + appId + ".desktop",
        "share/icons/hicolor/scalable/apps/" + appId + ".svg",
        "share/metainfo/" + appId + ".metainfo.xml",
        "share/doc/csto-atlas/copyright",
    };
    for (const auto &relative : expected) {
        const auto file = prefix / relative;
        INFO(file.string());
        CHECK(install.output.find(file.string()) != std::string::npos);
        CHECK((std::filesystem::is_regular_file(file) && std::filesystem::file_size(file) > 0));
    }
    for (const char *program : {"bin/csto-atlas", "bin/csto-kb"}) {
        const auto permissions = std::filesystem::status(prefix / program).permissions();
        CHECK((permissions & std::filesystem::perms::others_exec) != std::filesystem::perms::none);
    }

    SECTION("the installed csto-kb finds the installed knowledge base")
    {
        TempDir data;
        const Run info =
            run("env -u CSTO_ATLAS_BUNDLED_DB XDG_DATA_HOME=" + shellQuote(data.path().string()) +
                " " + shellQuote((prefix / "bin/csto-kb").string()) + " info");
        INFO(info.output);
        CHECK(info.exitCode == 0);
        // The user's knowledge base was created from the bundled one, beside the program.
        CHECK(std::filesystem::is_regular_file(data / "csto-atlas/csto-atlas.db"));
    }

    SECTION("the installed csto-atlas starts and opens the installed knowledge base")
    {
        const auto program = shellQuote((prefix / "bin/csto-atlas").string());
        const Run help = run("env QT_QPA_PLATFORM=offscreen " + program + " --help");
        INFO(help.output);
        CHECK(help.exitCode == 0);
        CHECK(help.output.find("--screenshot") != std::string::npos);

        TempDir home;
        const Run window =
            run("env -u CSTO_ATLAS_BUNDLED_DB QT_QPA_PLATFORM=offscreen HOME=" +
                shellQuote(home.path().string()) +
                " XDG_DATA_HOME=" + shellQuote((home / "data").string()) +
                " XDG_CONFIG_HOME=" + shellQuote((home / "config").string()) + " " + program +
                " --screenshot " + shellQuote((home / "window.png").string()));
        INFO(window.output);
        CHECK(window.exitCode == 0);
        CHECK(std::filesystem::is_regular_file(home / "data/csto-atlas/csto-atlas.db"));
        CHECK(std::filesystem::is_regular_file(home / "window.png"));
    }

    SECTION("desktop-file-validate accepts the .desktop file")
    {
        if (!haveProgram("desktop-file-validate")) {
            WARN("desktop-file-validate not found (package desktop-file-utils): not checked");
            return;
        }
        const Run validate =
            run("desktop-file-validate " +
                shellQuote((prefix / ("share/applications/" + appId + ".desktop")).string()));
        INFO(validate.output);
        CHECK(validate.exitCode == 0);
        CHECK(validate.output.empty());
    }

    SECTION("appstreamcli validates the metainfo and finds the desktop file it launches")
    {
        if (!haveProgram("appstreamcli")) {
            WARN("appstreamcli not found (package appstream): not checked");
            return;
        }
        const auto metainfo = prefix / ("share/metainfo/" + appId + ".metainfo.xml");
        // validate-tree also checks that the <launchable> desktop file is installed beside it.
        for (const auto &command :
             {"appstreamcli validate --no-net " + shellQuote(metainfo.string()),
              "appstreamcli validate-tree --no-net " + shellQuote(prefix.path().string())}) {
            const Run validate = run(command);
            INFO(command << "\n" << validate.output);
            CHECK(validate.exitCode == 0);
            CHECK(validate.output.find("E: ") == std::string::npos);
            CHECK(validate.output.find("W: ") == std::string::npos);
        }
    }
}
