// SPDX-License-Identifier: MIT
#include "openknowledgebase.h"

#include <core/database.h>
#include <core/error.h>

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace csto::app {
std::optional<OpenedKnowledgeBase> openKnowledgeBase(std::filesystem::path path,
                                                     const AskForAnotherFile &askForAnother)
{
    for (;;) {
        QString problem;
        try {
            // ReadWrite opens only an existing knowledge base: it never creates one.
            return OpenedKnowledgeBase{KnowledgeBase::open(path, schema::Access::ReadWrite), path};
        } catch (const std::exception &error) {
            problem = QString::fromStdString(error.what());
        }
        auto another = askForAnother(problem, path);
        if (!another)
            return std::nullopt;
        path = std::move(*another);
    }
}

std::optional<std::filesystem::path> askForAnotherFile(QWidget *parent, const QString &problem,
                                                       const std::filesystem::path &refused)
{
    QMessageBox box(QMessageBox::Critical,
                    QCoreApplication::translate("main", "Cannot open the knowledge base"), problem,
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(QCoreApplication::translate("main", "Open another knowledge base?"));
    auto *openAnother = box.addButton(
        QCoreApplication::translate("main", "&Open Another File\u2026"), QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("main", "&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(openAnother);
    box.exec();
    if (box.clickedButton() != openAnother)
        return std::nullopt;
    const QString file = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("main", "Open Knowledge Base"),
        QString::fromStdString(refused.parent_path()),
        QCoreApplication::translate("main", "CSTO Atlas knowledge bases (*.db);;All files (*)"));
    if (file.isEmpty())
        return std::nullopt;
    return std::filesystem::path(file.toStdString());
}

QString readOnlyNotice(KnowledgeBase &kb)
{
    const auto &reason = kb.readOnlyReason();
    if (reason.empty())
        return {};
    return QCoreApplication::translate("main",
                                       "Read-only: %1. Imports and reviews cannot be saved.")
        .arg(QString::fromStdString(reason));
}

} // namespace csto::app
