// SPDX-License-Identifier: MIT
#include "navigationhistory.h"

namespace csto::app {

void NavigationHistory::visit(const QString &place)
{
    if (current() == place)
        return;
    if (!m_places.empty())
        m_places.erase(m_places.begin() + static_cast<std::ptrdiff_t>(m_current) + 1,
                       m_places.end());
    m_places.push_back(place);
    if (m_places.size() > kMaxPlaces)
        m_places.erase(m_places.begin());
    m_current = m_places.size() - 1;
}

std::optional<QString> NavigationHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_places[--m_current];
}

std::optional<QString> NavigationHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_places[++m_current];
}

std::optional<QString> NavigationHistory::current() const
{
    if (m_places.empty())
        return std::nullopt;
    return m_places[m_current];
}

void NavigationHistory::clear()
{
    m_places.clear();
    m_current = 0;
}

} // namespace csto::app
