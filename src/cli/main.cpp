// SPDX-License-Identifier: MIT
#include "arguments.h"
#include "commands.h"

#include <core/error.h>

#include <iostream>

int main(int argc, char **argv)
{
    using namespace csto;
    using namespace csto::cli;
    try {
        const Arguments args(argc, argv);
        return runCommand(args, std::cout, std::cerr);
    } catch (const UsageError &error) {
        std::cerr << "csto-kb: " << error.what() << "\n";
        return kUsage;
    } catch (const DataError &error) {
        std::cerr << "csto-kb: invalid data: " << error.what() << "\n";
        return kInvalidData;
    } catch (const WriteError &error) {
        std::cerr << "csto-kb: " << error.what() << "\n";
        return kWriteError;
    } catch (const IncompatibleDatabaseError &error) {
        std::cerr << "csto-kb: " << error.what() << "\n";
        return kDatabaseError;
    } catch (const DatabaseError &error) {
        std::cerr << "csto-kb: database error: " << error.what() << "\n";
        return kDatabaseError;
    } catch (const std::exception &error) {
        std::cerr << "csto-kb: " << error.what() << "\n";
        return kDatabaseError;
    }
}
