#pragma once

// Boards shared by the gateway tests: the sample shop, and the shop with hostile names.

#include "model/board.h"
#include "storage/boardjson.h"

#include <QFile>
#include <QTest>

namespace GatewayBoards {

using namespace Seams;

/** Loads the sample shop board (resources/samples/shop.json). */
inline bool loadShop(Board *board)
{
    QFile file(QStringLiteral(":/samples/shop.json"));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !BoardJson::read(file.readAll(), board, &error)) {
        qWarning("cannot load the sample board: %s", qPrintable(error));
        return false;
    }
    return true;
}

inline const BoundedContext *contextNamed(const Board &board, const QString &name)
{
    for (const BoundedContext *context : board.sortedContexts()) {
        if (context->name == name)
            return context;
    }
    return nullptr;
}

/** Changes the handoff of the context named `name` (which must exist). */
template<typename Change>
void changeHandoff(Board *board, const QString &name, Change change)
{
    const BoundedContext *context = contextNamed(*board, name);
    QVERIFY2(context, qPrintable(name));
    Handoff handoff = context->handoff;
    change(handoff);
    board->setContextHandoff(context->id, handoff);
}

/** Adds a context with a fixed id (ids appear in derived names: goldens need them stable). */
inline QUuid addContext(Board *board, const QString &id, const QString &name,
                        const Handoff &handoff)
{
    BoundedContext context;
    context.id = QUuid(id);
    context.name = name;
    context.geometry = QRectF(0, 2000, 400, 300);
    context.color = QColor(0x99, 0x99, 0x99);
    context.handoff = handoff;
    board->insertContext(context);
    return context.id;
}

/** A context nested under Payment's prefix: the longest prefix must win on every gateway. */
inline void addRefunds(Board *board, const QString &upstream = QString())
{
    Handoff handoff;
    handoff.status = MigrationStatus::Extracting;
    handoff.wave = 2;
    handoff.serviceName = QStringLiteral("refund-service");
    handoff.upstreamUrl = upstream;
    handoff.routePrefixes = {QStringLiteral("/api/payments/refunds")};
    addContext(board, QStringLiteral("{4d2c1a9e-0000-4000-8000-000000000001}"),
               QStringLiteral("Refunds: \"{returns}\"; #2"), handoff);
}

/** The shop with every kind of hostile text the gateway formats could trip on: quotes,
 *  colons, "#", braces, semicolons, newlines, "${...}", unicode, a name without any ASCII,
 *  an IPv6 monolith, an https upstream, nested prefixes and prefixes with ".", "~", "_". */
inline bool makeHostile(Board *board)
{
    if (!loadShop(board))
        return false;
    board->setName(QStringLiteral("Shop \"evil\"\n# injected: true; {$HOME} ${HOME} }"));
    const BoundedContext *order = contextNamed(*board, QStringLiteral("Order Context"));
    board->setContextName(order->id,
                          QStringLiteral("Order \"Main\"; {x} #1: \u00fcn\u00efc\u00f8d\u00e9\n"
                                         "second line"));
    changeHandoff(board, QStringLiteral("Payment Context"), [](Handoff &handoff) {
        handoff.serviceName = QStringLiteral("pay\"ment; rm -rf / #");
        handoff.upstreamUrl = QStringLiteral("https://payments.internal:8443");
        handoff.routePrefixes
            = {QStringLiteral("/api/payments"), QStringLiteral("/api/v1.2/pay~ments_x")};
        handoff.team = QStringLiteral("Pay\nments");
    });
    addRefunds(board);
    Handoff japanese;
    japanese.status = MigrationStatus::Extracted;
    japanese.wave = 1;
    addContext(board, QStringLiteral("{7a3b9c2d-0000-4000-8000-000000000002}"),
               QStringLiteral("\u6ce8\u6587"), japanese);
    BoardSettings settings = board->settings();
    settings.monolithUpstream = QStringLiteral("http://[::1]:8080/");
    settings.gatewayListen = QStringLiteral("[::1]:8000");
    settings.extra.insert(QStringLiteral("gateway_resolver"), QStringLiteral("10.0.0.2"));
    board->setSettings(settings);
    return true;
}

} // namespace GatewayBoards
