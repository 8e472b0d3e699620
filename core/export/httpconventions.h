#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Seams {

struct BoardSettings;

/** What a command does to its resource, read from its leading verb (docs/http-conventions.md). */
enum class CommandIntent {
    Create, ///< Place, Create, Register, Add, Submit, Open: POST on the collection
    Update, ///< Update, Change, Edit, Rename: PATCH on the item
    Replace, ///< Replace, Set: PUT on the item
    Delete, ///< Delete, Remove: DELETE on the item
    Transition, ///< Cancel, Archive: POST action on the item; the resource stays
    Action, ///< any other verb: POST action on the item ("Ship Order" -> .../{orderId}/ship)
};

/** The kind of an HTTP operation; it decides the status codes. */
enum class OperationKind {
    Create, ///< POST creating a resource: 201 + Location
    Read, ///< GET of one item: 200
    ReadCollection, ///< GET of a collection: 200 with an array
    Update, ///< PATCH: 200
    Replace, ///< PUT: 200
    Delete, ///< DELETE: 204
    Action, ///< POST action: 200 with the resource, or 204 without a body
};

/** The seed's HTTP conventions, as small pure functions the exporters and the contract
 *  checks share. Everything here is documented, with examples, in docs/http-conventions.md. */
namespace HttpConventions {

/** The intent of a known leading verb ("place" -> Create, "ship" -> Action), lower-case;
 *  std::nullopt for a word the table does not list. */
std::optional<CommandIntent> intentOfVerb(const QString &verb);

/** The method an intent maps to: "POST", "PATCH", "PUT" or "DELETE". */
QString methodOf(CommandIntent intent);

/** True for the methods a contract may use: GET, POST, PUT, PATCH, DELETE (upper-case). */
bool isSupportedMethod(const QString &method);

/** The kind of an operation from its final method (an override may replace the derived
 *  one), the command's intent and whether its path ends at an item ("/orders/{orderId}"). */
OperationKind kindOf(const QString &method, CommandIntent intent, bool endsAtItem);

/** 201 for Create, 204 for Delete and for an Action without a response body, else 200. */
int successStatus(OperationKind kind, bool hasResponseBody);

/** The error statuses an operation documents, ascending: 400 always; 401 and 403 when the
 *  gateway checks JWTs; 404 when the path names an item; 409 for every write (duplicates,
 *  optimistic locking); 422 for writes that carry a body or trigger an action; 429 when
 *  the gateway limits the rate; 500 and 503 always. */
QList<int> errorStatuses(OperationKind kind, bool hasPathParameters, const BoardSettings &settings);

/** True when the operation takes If-Match for optimistic locking (PATCH, PUT, DELETE). */
bool usesIfMatch(OperationKind kind);

/** True when a successful response carries one resource (and so an ETag). */
bool returnsOneResource(OperationKind kind);

/** Singular of a lower-case English word: orders -> order, categories -> category,
 *  addresses -> address; words that do not look plural are returned unchanged. */
QString singular(const QString &word);

/** Words with the last one singular / plural. */
QStringList singularWords(QStringList words);
QStringList pluralWords(QStringList words);

/** A URL path split into segments, each either a literal (percent-encoded where needed) or
 *  a template "{name}" with an ASCII identifier name. */
struct PathSegments
{
    QStringList segments;
    /** True when the input needed cleaning (characters encoded, templates renamed, empty or
     *  dot segments dropped). */
    bool changed = false;
};

/** Cleans a path typed by a person. `allowTemplates` false encodes braces too (route
 *  prefixes are literal). Repeated template names get a number so each stays unique. */
PathSegments sanitizePath(const QString &path, bool allowTemplates);

/** "/" + segments. */
QString joinPath(const QStringList &segments);

/** The path with every template reduced to "{}": "/orders/{id}" and "/orders/{orderId}"
 *  are the same route, for duplicate detection and for OpenAPI's rule that equivalent
 *  templated paths must not coexist. */
QString pathKey(const QStringList &segments);

/** True for a "{name}" segment; templateName() returns "name". */
bool isTemplate(const QString &segment);
QString templateName(const QString &segment);

/** True when `segments` start with `prefix` segment by segment. */
bool startsWith(const QStringList &segments, const QStringList &prefix);

} // namespace HttpConventions
} // namespace Seams
