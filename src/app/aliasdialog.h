// SPDX-License-Identifier: MIT
#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <concepts>, pulled in here; it needs none of it.
#ifndef Q_MOC_RUN
#include <core/knowledgebase.h>
#endif

#include "curationdialog.h"

class QLineEdit;

namespace csto::app {

// Add Alias…: another name of an entity, not one it already has.
class AliasDialog final : public CurationDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliasDialog)

public:
    AliasDialog(const EntityHeader &entity, std::vector<std::string> names, QWidget *parent);

    [[nodiscard]] QString problem() const override;
    [[nodiscard]] QString alias() const;
    [[nodiscard]] QLineEdit *aliasEdit() const { return m_alias; }

private:
    std::vector<std::string> m_names; // the name and aliases it has
    QLineEdit *m_alias;
};

} // namespace csto::app
