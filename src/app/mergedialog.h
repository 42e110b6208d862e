// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/knowledgebase.h>
#endif

#include "curationdialog.h"

#include <optional>

namespace csto::app {

class DatabaseGuard;
class EntityPicker;

// Merge Into…: the entity that stays (the survivor) is picked by search; the merged one's
// aliases, relations, events, participations, mentions, evidence, proposals and parts move to it,
// its name becomes an alias, and links to it lead to the survivor.
class MergeDialog final : public CurationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    MergeDialog(KnowledgeBase &kb, DatabaseGuard *guard, const EntityHeader &merged,
                QWidget *parent);

    [[nodiscard]] QString problem() const override;
    [[nodiscard]] std::optional<EntityHeader> survivor() const;
    [[nodiscard]] EntityPicker *survivorPicker() const { return m_survivor; }

private:
    EntityHeader m_merged;
    EntityPicker *m_survivor;
};

} // namespace csto::app
