// SPDX-License-Identifier: MIT
#pragma once

#include "support/tempdir.h"

#include <core/knowledgebase.h>

#include <memory>

namespace csto::test {

// A private, writable copy of the bundled knowledge base, removed at scope exit.
class BundledCopy
{
public:
    BundledCopy() { std::filesystem::copy_file(CSTO_BUNDLED_DB, m_dir / "kb.db"); }
    [[nodiscard]] std::filesystem::path path() const { return m_dir / "kb.db"; }
    [[nodiscard]] std::unique_ptr<KnowledgeBase> open() const
    {
        return KnowledgeBase::open(path(), schema::Access::ReadWrite);
    }

private:
    TempDir m_dir;
};

} // namespace csto::test
