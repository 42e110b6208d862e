// SPDX-License-Identifier: MIT
#pragma once

#include <core/model.h>

#include <QColor>
#include <QIcon>

namespace csto::app {

// Small drawn icons, one colour and letter per kind, so the tree reads at a glance and the same
// colours can mark kinds elsewhere (search popup, timeline lanes).
[[nodiscard]] QIcon iconForKind(EntityKind kind);
[[nodiscard]] QIcon groupIcon();
[[nodiscard]] QColor colorForKind(EntityKind kind);

} // namespace csto::app
