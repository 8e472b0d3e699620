#pragma once

#include "boardsettings.h"
#include "boundedcontext.h"

#include <QStringList>

namespace Seams {

/** The handoff settings of a context with every derived value filled in. */
struct ResolvedHandoff
{
    QString serviceName;
    QString upstreamUrl;
    QStringList routePrefixes;
    QString databaseName;
    DatabaseEngine databaseEngine = DatabaseEngine::PostgreSQL;
    QString team;
    MigrationStatus status = MigrationStatus::Monolith;
    int wave = 0;
};

/** Turns the names people type on a board into the names engineers need, following the
 *  seed's conventions: "Order Context" -> service "order-service", upstream
 *  "http://order-service:8080", route prefix "/api/orders", database "orders_db";
 *  aggregate "OrderItem" -> table "order_items". Every target sanitises further for its own
 *  rules; these functions only produce plain ASCII words. */
namespace Naming {

/** The context's name without a leading or trailing "context" ("Order Context" -> "Order"). */
QString contextBaseName(const QString &contextName);

/** Splits a name into lower-case ASCII words: camelCase, digits, punctuation and spaces
 *  separate words; accents are dropped ("Café Commandé" -> {"cafe", "commande"}); letters
 *  without an ASCII form are dropped. */
QStringList words(const QString &name);

/** English plural of one lower-case word: order -> orders, category -> categories,
 *  address -> addresses. */
QString plural(const QString &word);

QString kebabCase(const QStringList &words);
QString snakeCase(const QStringList &words);
QString pascalCase(const QStringList &words);
QString camelCase(const QStringList &words);

/** Words of a context name, falling back to "context-<id prefix>" when nothing ASCII is left. */
QStringList contextWords(const BoundedContext &context);

QString derivedServiceName(const BoundedContext &context);
QString derivedUpstreamUrl(const BoundedContext &context);
QStringList derivedRoutePrefixes(const BoundedContext &context, const BoardSettings &settings);
QString derivedDatabaseName(const BoundedContext &context);

/** "OrderItem" -> "order_items". */
QString tableName(const QString &aggregateName);

/** The handoff settings with overrides applied over derived values. */
ResolvedHandoff resolve(const BoundedContext &context, const BoardSettings &settings);

} // namespace Naming
} // namespace Seams
