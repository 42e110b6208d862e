// SPDX-License-Identifier: MIT
#include "kindicons.h"

#include <QPainter>
#include <QPixmap>

#include <map>

namespace csto::app {
namespace {

QString glyphForKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organisation:
        return QStringLiteral("O");
    case EntityKind::Body:
        return QStringLiteral("B");
    case EntityKind::Force:
        return QStringLiteral("F");
    case EntityKind::State:
        return QStringLiteral("S");
    case EntityKind::Operation:
        return QStringLiteral("Op");
    case EntityKind::Exercise:
        return QStringLiteral("Ex");
    case EntityKind::Person:
        return QStringLiteral("P");
    case EntityKind::Document:
        return QStringLiteral("D");
    }
    return QStringLiteral("?");
}

QPixmap drawBadge(const QColor &color, const QString &glyph, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal margin = size / 16.0;
    painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin),
                            size / 4.0, size / 4.0);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(glyph.size() > 1 ? size * 8 / 16 : size * 10 / 16);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, glyph);
    return pixmap;
}

} // namespace

QColor colorForKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organisation:
        return {0x2b, 0x4a, 0x7a};
    case EntityKind::Body:
        return {0x1f, 0x6f, 0xb2};
    case EntityKind::Force:
        return {0x5a, 0x6e, 0x2f};
    case EntityKind::State:
        return {0x8a, 0x5a, 0x1c};
    case EntityKind::Operation:
        return {0xa8, 0x32, 0x32};
    case EntityKind::Exercise:
        return {0xc2, 0x6a, 0x1d};
    case EntityKind::Person:
        return {0x6b, 0x4c, 0x9a};
    case EntityKind::Document:
        return {0x4f, 0x5b, 0x66};
    }
    return Qt::gray;
}

QIcon iconForKind(EntityKind kind)
{
    static std::map<EntityKind, QIcon> cache;
    auto &icon = cache[kind];
    if (icon.isNull()) {
        for (const int size : {16, 24, 32, 48})
            icon.addPixmap(drawBadge(colorForKind(kind), glyphForKind(kind), size));
    }
    return icon;
}

QIcon groupIcon()
{
    static QIcon icon;
    if (icon.isNull()) {
        for (const int size : {16, 24, 32, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(QColor(0x7a, 0x86, 0x94), size / 12.0));
            painter.setBrush(QColor(0xe6, 0xea, 0xef));
            const qreal m = size / 8.0;
            painter.drawRoundedRect(QRectF(m, m * 2, size - 2 * m, size - 3 * m), m, m);
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

} // namespace csto::app
