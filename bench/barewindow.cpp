// SPDX-License-Identifier: MIT
// The floor of the start-up benchmark: the least a window like ours can do, a tree view beside a
// text pane with nothing loaded, timed to its first paint exactly as csto-atlas is.
#include <QApplication>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>

#include <app/startupprobe.h>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QSplitter window;
    auto *tree = new QTreeView;
    auto *model = new QStandardItemModel(tree);
    model->appendRow(new QStandardItem(QStringLiteral("Collective Security Treaty Organization")));
    tree->setModel(model);
    window.addWidget(tree);
    auto *text = new QTextBrowser;
    text->setPlainText(QStringLiteral("A bare window."));
    window.addWidget(text);
    window.resize(1280, 800);
    csto::app::installStartupProbe(&window);
    window.show();
    return QApplication::exec();
}
