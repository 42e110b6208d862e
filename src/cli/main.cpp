// SPDX-License-Identifier: MIT
#include "arguments.h"
#include "commands.h"
#include "commandsupport.h"
#include "textoutput.h"

#include <core/curation.h>
#include <core/error.h>

#include <iostream>

int main(int argc, char **argv)
{
    using namespace csto;
    using namespace csto::cli;
    // Messages may quote a file name, an argument or a stored string.
    const auto message = [](const std::exception &error) {
        return text::forTerminal(error.what(), text::LineBreaks::Keep);
    };
    try {
        const Arguments args(argc, argv);
        return runCommand(args, std::cout, std::cerr);
    } catch (const UsageError &error) {
        std::cerr << "csto-kb: " << message(error) << "\n";
        return kUsage;
    } catch (const CurationError &error) {
        // A change refused before anything was written: the message names the problem.
        std::cerr << "csto-kb: " << message(error) << "\n";
        return kInvalidData;
    } catch (const InvalidInputError &error) {
        std::cerr << "csto-kb: " << message(error) << "\n";
        return kInvalidData;
    } catch (const DataError &error) {
        std::cerr << "csto-kb: invalid data: " << message(error) << "\n";
        return kInvalidData;
    } catch (const WriteError &error) {
        std::cerr << "csto-kb: " << message(error) << "\n";
        return kWriteError;
    } catch (const IncompatibleDatabaseError &error) {
        std::cerr << "csto-kb: " << message(error) << "\n";
        return kDatabaseError;
    } catch (const DatabaseError &error) {
        std::cerr << "csto-kb: database error: " << message(error) << "\n";
        return kDatabaseError;
    } catch (const std::exception &error) {
        std::cerr << "csto-kb: " << message(error) << "\n";
        return kDatabaseError;
    }
}
