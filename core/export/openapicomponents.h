#pragma once

#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace Seams::OpenApi {

/** The shared, reusable parts every contract has: the RFC 9457 Problem schema, the error
 *  responses of the seed's status-code table, X-Trace-Id, If-Match, Location, ETag,
 *  Retry-After and the bearer JWT scheme. One definition each, referenced everywhere. */

/** The component name of an error response: 404 -> "NotFound". */
QString errorResponseName(int status);

/** "#/components/responses/NotFound" and friends. */
QString responseRef(const QString &name);
QString schemaRef(const QString &name);
QString parameterRef(const QString &name);
QString headerRef(const QString &name);

/** The Problem schema (type, title, status, detail, instance, traceId). */
YAML::Node problemSchema();

/** components/responses for the given error statuses, ascending. `basePath` makes the
 *  examples' "instance" look like the service's own paths. */
YAML::Node errorResponses(const QList<int> &statuses, const QString &basePath);

/** components/parameters: TraceId, and IfMatch when `ifMatch`. */
YAML::Node parameters(bool ifMatch);

/** components/headers: TraceId always; Location, ETag, RetryAfter when used. */
YAML::Node headers(bool location, bool etag, bool retryAfter);

/** components/securitySchemes with the bearer JWT scheme "bearerAuth". */
YAML::Node securitySchemes();

} // namespace Seams::OpenApi
