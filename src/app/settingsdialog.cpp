// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "timelinedata.h"

#include <render/translation.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace csto::app {
namespace {

const QString kDatabaseKey = QStringLiteral("database/default");
const QString kLanesKey = QStringLiteral("timeline/lanes");
const QString kPageSizeKey = QStringLiteral("report/pageSize");

} // namespace

SettingsDialog::SettingsDialog(LaneMode lanes, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox), m_database(new QLineEdit), m_lanes(new QComboBox),
      m_pageSize(new QComboBox)
{
    setWindowTitle(tr("Settings"));
    const QSettings settings;

    // Language names are written in their own language, as users look for them.
    m_language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()),
                        QVariant::fromValue(static_cast<int>(render::UiLanguage::System)));
    m_language->addItem(QStringLiteral("English"),
                        QVariant::fromValue(static_cast<int>(render::UiLanguage::English)));
    m_language->addItem(QStringLiteral("Русский"),
                        QVariant::fromValue(static_cast<int>(render::UiLanguage::Russian)));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(render::storedUiLanguage())));

    m_database->setText(settings.value(kDatabaseKey).toString());
    m_database->setPlaceholderText(tr("Your own knowledge base (created from the bundled one)"));
    m_database->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse\u2026"));
    connect(browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browseButton);

    m_lanes->addItem(tr("By kind"), QStringLiteral("kind"));
    m_lanes->addItem(tr("By operation"), QStringLiteral("operation"));
    m_lanes->setCurrentIndex(lanes == LaneMode::ByOperation ? 1 : 0);

    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    m_pageSize->setCurrentIndex(
        settings.value(kPageSizeKey).toString() == QLatin1String("Letter") ? 1 : 0);

    auto *restartNote = new QLabel(tr("A change of language applies when CSTO Atlas restarts."));
    restartNote->setWordWrap(true);
    restartNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("Default &knowledge base:"), databaseRow);
    form->addRow(tr("Timeline &lanes:"), m_lanes);
    form->addRow(tr("Report &page size:"), m_pageSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

LaneMode SettingsDialog::laneMode() const
{
    return m_lanes->currentData().toString() == QLatin1String("operation") ? LaneMode::ByOperation
                                                                           : LaneMode::ByKind;
}

QString SettingsDialog::actionText()
{
    return tr("&Settings\u2026");
}

std::filesystem::path SettingsDialog::defaultDatabase()
{
    return QSettings().value(kDatabaseKey).toString().toStdString();
}

void SettingsDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Default Knowledge Base"), QFileInfo(m_database->text()).path(),
        tr("CSTO Atlas knowledge bases (*.db);;All files (*)"));
    if (!file.isEmpty())
        m_database->setText(file);
}

void SettingsDialog::accept()
{
    render::storeUiLanguage(static_cast<render::UiLanguage>(m_language->currentData().toInt()));
    QSettings settings;
    const QString database = m_database->text().trimmed();
    if (database.isEmpty())
        settings.remove(kDatabaseKey);
    else
        settings.setValue(kDatabaseKey, database);
    settings.setValue(kLanesKey, m_lanes->currentData());
    settings.setValue(kPageSizeKey, m_pageSize->currentData());
    QDialog::accept();
}

} // namespace csto::app
