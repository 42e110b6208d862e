// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstddef>
#include <optional>
#include <vector>

namespace csto::app {

// Where the user has been, like a browser's history: visiting a place drops everything after the
// current one; back and forward move through the rest. A place is an "atlas:" link
// ("atlas:entity/csto", "atlas:event/2002-05-14-csto-established").
class NavigationHistory final
{
public:
    // Adds `place` after the current one (unless it is the current one).
    void visit(const QString &place);
    // The place one step back or forward, which becomes current; nullopt at either end.
    std::optional<QString> back();
    std::optional<QString> forward();

    [[nodiscard]] bool canGoBack() const noexcept { return m_current > 0; }
    [[nodiscard]] bool canGoForward() const noexcept
    {
        return !m_places.empty() && m_current + 1 < m_places.size();
    }
    [[nodiscard]] std::optional<QString> current() const;
    void clear();

private:
    static constexpr std::size_t kMaxPlaces = 500;
    std::vector<QString> m_places;
    std::size_t m_current = 0;
};

} // namespace csto::app
