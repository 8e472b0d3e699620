#include "sqlnames.h"

#include <QCryptographicHash>

namespace Seams::Sql {

namespace {

// clang-format off
// The lists were measured, not copied: every keyword the server reports (pg_get_keywords(),
// information_schema.KEYWORDS, sqlite3_keyword_name()) was tried as an unquoted table name,
// column name, index column, CHECK operand and SELECT/WHERE/ORDER BY operand; these are the
// ones that failed. They are fixed here so the output does not depend on installed versions.

const QSet<QString> &postgresReserved()
{
    static const QSet<QString> words = {
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
        "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
        "column", "concurrently", "constraint", "create", "cross", "current_catalog",
        "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
        "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
        "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant",
        "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is",
        "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
        "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or",
        "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right",
        "select", "session_user", "similar", "some", "symmetric", "table", "tablesample",
        "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
        "verbose", "when", "where", "window", "with"};
    return words;
}

const QSet<QString> &mariadbReserved()
{
    static const QSet<QString> words = {
        "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive",
        "before", "between", "bigint", "binary", "blob", "both", "by", "call", "cascade",
        "case", "change", "char", "character", "check", "collate", "column", "condition",
        "constraint", "continue", "convert", "create", "cross", "current_date", "current_role",
        "current_time", "current_timestamp", "current_user", "cursor", "databases", "day_hour",
        "day_microsecond", "day_minute", "day_second", "dec", "decimal", "declare", "default",
        "delayed", "delete", "delete_domain_id", "desc", "describe", "deterministic",
        "distinct", "distinctrow", "div", "double", "do_domain_ids", "drop", "dual", "each",
        "else", "elseif", "enclosed", "escaped", "except", "exists", "exit", "explain", "false",
        "fetch", "float", "float4", "float8", "for", "force", "foreign", "from", "fulltext",
        "grant", "group", "having", "high_priority", "hour_microsecond", "hour_minute",
        "hour_second", "if", "ignore", "ignore_domain_ids", "in", "index", "infile", "inner",
        "inout", "insensitive", "insert", "int", "int1", "int2", "int3", "int4", "int8",
        "integer", "intersect", "interval", "into", "is", "iterate", "join", "key", "keys",
        "kill", "leading", "leave", "left", "like", "limit", "linear", "lines", "load",
        "localtime", "localtimestamp", "lock", "long", "longblob", "longtext", "loop",
        "low_priority", "master_demote_to_replica", "master_demote_to_slave",
        "master_ssl_verify_server_cert", "match", "maxvalue", "mediumblob", "mediumint",
        "mediumtext", "middleint", "minute_microsecond", "minute_second", "mod", "modifies",
        "natural", "not", "no_write_to_binlog", "null", "numeric", "offset", "on", "optimize",
        "optionally", "or", "order", "out", "outer", "outfile", "over", "page_checksum",
        "parse_vcol_expr", "partition", "portion", "precision", "primary", "procedure", "purge",
        "range", "read", "reads", "read_write", "real", "recursive", "references",
        "ref_system_id", "regexp", "release", "rename", "repeat", "replace", "require",
        "resignal", "restrict", "return", "returning", "revoke", "right", "rlike", "rows",
        "row_number", "schemas", "second_microsecond", "select", "sensitive", "separator",
        "set", "show", "signal", "smallint", "spatial", "specific", "sql", "sqlexception",
        "sqlstate", "sqlwarning", "sql_big_result", "sql_buffer_result", "sql_cache",
        "sql_calc_found_rows", "sql_no_cache", "sql_small_result", "ssl", "starting",
        "stats_auto_recalc", "stats_persistent", "stats_sample_pages", "straight_join", "table",
        "terminated", "then", "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger",
        "true", "undo", "union", "unique", "unlock", "unsigned", "update", "usage", "use",
        "using", "utc_date", "utc_time", "utc_timestamp", "values", "varbinary", "varchar",
        "varcharacter", "varying", "when", "where", "while", "with", "write", "xor",
        "year_month", "zerofill"};
    return words;
}

const QSet<QString> &sqliteReserved()
{
    static const QSet<QString> words = {
        "add", "all", "alter", "and", "as", "autoincrement", "between", "case", "cast", "check",
        "collate", "commit", "constraint", "create", "current_date", "current_time",
        "current_timestamp", "default", "deferrable", "delete", "distinct", "drop", "else",
        "escape", "except", "exists", "foreign", "from", "group", "having", "if", "in", "index",
        "insert", "intersect", "into", "is", "isnull", "join", "limit", "not", "nothing",
        "notnull", "null", "on", "or", "order", "primary", "raise", "references", "returning",
        "select", "set", "table", "then", "to", "transaction", "union", "unique", "update",
        "using", "values", "when", "where"};
    return words;
}

// clang-format on

} // namespace

bool isReserved(DatabaseEngine dialect, const QString &word)
{
    switch (dialect) {
    case DatabaseEngine::PostgreSQL:
        return postgresReserved().contains(word);
    case DatabaseEngine::MariaDB:
        return mariadbReserved().contains(word);
    case DatabaseEngine::SQLite:
        return sqliteReserved().contains(word);
    }
    return false;
}

QString shortened(const QString &name)
{
    if (name.size() <= maxIdentifierLength)
        return name;
    const QByteArray hash
        = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    QString head = name.left(maxIdentifierLength - 9);
    while (head.endsWith(QLatin1Char('_')))
        head.chop(1);
    return head + QLatin1Char('_') + QString::fromLatin1(hash);
}

Identifier identifier(const QString &snakeName, DatabaseEngine dialect, const QString &fallback,
                      const QString &digitPrefix)
{
    Identifier result;
    result.name = snakeName.isEmpty() ? fallback : snakeName;
    if (result.name.front().isDigit())
        result.name.prepend(digitPrefix);
    if (isReserved(dialect, result.name)) {
        result.name += QLatin1Char('_');
        result.reserved = true;
    }
    const QString cut = shortened(result.name);
    result.shortened = cut != result.name;
    result.name = cut;
    return result;
}

QString NameSpace::claim(const QString &name, bool *collided)
{
    QString candidate = shortened(name);
    const bool taken = m_taken.contains(candidate);
    for (int suffix = 2; m_taken.contains(candidate); ++suffix) {
        const QString tail = QStringLiteral("_%1").arg(suffix);
        candidate = shortened(name).left(maxIdentifierLength - int(tail.size())) + tail;
    }
    m_taken.insert(candidate);
    if (collided)
        *collided = taken;
    return candidate;
}

QString literal(DatabaseEngine dialect, const QString &text)
{
    QString escaped = text;
    escaped.remove(QChar(0));
    if (dialect == DatabaseEngine::MariaDB)
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString oneLine(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        const bool breaks = category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || category == QChar::Other_Format;
        result.append(breaks ? QLatin1Char(' ') : c);
    }
    return result.simplified();
}

QString markdown(const QString &text)
{
    QString result;
    for (const QChar c : oneLine(text)) {
        if (QStringLiteral("\\`*_[]<>|~#").contains(c))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

} // namespace Seams::Sql
