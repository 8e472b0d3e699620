#include "sourcelexer.h"

#include <algorithm>

namespace Seams::SourceLexer {

namespace {

bool isIdentifierByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
        || u == '$' || u >= 0x80;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/** Replaces bytes [from, to) by spaces, keeping line breaks so statements keep their lines. */
void blank(QByteArray *text, qsizetype from, qsizetype to)
{
    char *data = text->data();
    for (qsizetype i = from; i < to; ++i) {
        if (data[i] != '\n')
            data[i] = ' ';
    }
}

/** The end (one past the closing quote) of a quoted string starting at `start`; a string
 *  that is not closed ends at the end of its line (or of the text when it may span lines). */
qsizetype stringEnd(const QByteArray &text, qsizetype start, char quote, bool multiline)
{
    const qsizetype n = text.size();
    for (qsizetype i = start + 1; i < n; ++i) {
        const char c = text.at(i);
        if (c == '\\') {
            ++i;
        } else if (c == quote) {
            return i + 1;
        } else if (c == '\n' && !multiline) {
            return i;
        }
    }
    return n;
}

/** Python: blanks comments and strings (all prefixes, triple quotes). */
QByteArray blankPython(const QByteArray &source)
{
    QByteArray text = source;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = text.at(i);
        if (c == '#') {
            const qsizetype end = text.indexOf('\n', i);
            blank(&text, i, end < 0 ? n : end);
            i = end < 0 ? n : end;
        } else if (c == '\'' || c == '"') {
            qsizetype end = 0;
            if (i + 2 < n && text.at(i + 1) == c && text.at(i + 2) == c) {
                const char closing[4] = {c, c, c, 0};
                qsizetype search = i + 3;
                end = n;
                while (search < n) {
                    const qsizetype found = text.indexOf(closing, search);
                    if (found < 0)
                        break;
                    // A closing triple quote preceded by an odd number of backslashes is
                    // escaped.
                    qsizetype backslashes = 0;
                    while (found - 1 - backslashes > i && text.at(found - 1 - backslashes) == '\\')
                        ++backslashes;
                    if (backslashes % 2 == 0) {
                        end = found + 3;
                        break;
                    }
                    search = found + 1;
                }
            } else {
                end = stringEnd(text, i, c, false);
            }
            blank(&text, i, end);
            i = end;
        } else {
            ++i;
        }
    }
    return text;
}

QByteArray dottedNameAt(const QByteArray &text, qsizetype *position)
{
    qsizetype i = *position;
    const qsizetype start = i;
    while (i < text.size() && (isIdentifierByte(text.at(i)) || text.at(i) == '.'))
        ++i;
    *position = i;
    return text.mid(start, i - start);
}

void skipSpaces(const QByteArray &text, qsizetype *position)
{
    while (*position < text.size() && (isSpace(text.at(*position)) || text.at(*position) == '\n'))
        ++*position;
}

bool keywordAt(const QByteArray &text, qsizetype position, const char *keyword, qsizetype length)
{
    if (text.size() - position < length
        || memcmp(text.constData() + position, keyword, size_t(length)) != 0)
        return false;
    return position + length == text.size() || !isIdentifierByte(text.at(position + length));
}

void parsePythonStatement(const QByteArray &statement, QList<PythonImport> *imports)
{
    qsizetype i = 0;
    skipSpaces(statement, &i);
    if (keywordAt(statement, i, "import", 6)) {
        i += 6;
        // import a.b as c, d
        for (const QByteArray &part : statement.mid(i).split(',')) {
            qsizetype j = 0;
            const QByteArray trimmed = part.trimmed();
            const QByteArray name = dottedNameAt(trimmed, &j);
            if (!name.isEmpty() && !name.startsWith('.'))
                imports->append({name, {}, 0});
        }
        return;
    }
    if (!keywordAt(statement, i, "from", 4) && !statement.mid(i).startsWith("from."))
        return;
    i += 4;
    skipSpaces(statement, &i);
    PythonImport import;
    while (i < statement.size() && statement.at(i) == '.') {
        ++import.level;
        ++i;
    }
    skipSpaces(statement, &i);
    if (!keywordAt(statement, i, "import", 6)) {
        import.module = dottedNameAt(statement, &i);
        skipSpaces(statement, &i);
    }
    if (!keywordAt(statement, i, "import", 6))
        return;
    i += 6;
    QByteArray names = statement.mid(i);
    names.replace('(', ' ').replace(')', ' ');
    for (const QByteArray &part : names.split(',')) {
        const QByteArray trimmed = part.trimmed();
        qsizetype j = 0;
        const QByteArray name = dottedNameAt(trimmed, &j);
        if (!name.isEmpty() && name != "*")
            import.names.append(name);
    }
    if (!import.module.isEmpty() || import.level > 0)
        imports->append(import);
}

/** C family (Java, JavaScript, C++): blanks // and block comments; with `blankStrings` also
 *  string and character literals (Java), else keeps them (they hold the specifiers). */
QByteArray blankCStyle(const QByteArray &source, bool blankStrings, bool templates)
{
    QByteArray text = source;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = text.at(i);
        if (c == '/' && i + 1 < n && text.at(i + 1) == '/') {
            const qsizetype end = text.indexOf('\n', i);
            blank(&text, i, end < 0 ? n : end);
            i = end < 0 ? n : end;
        } else if (c == '/' && i + 1 < n && text.at(i + 1) == '*') {
            const qsizetype end = text.indexOf("*/", i + 2);
            blank(&text, i, end < 0 ? n : end + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == '"' || c == '\'' || (templates && c == '`')) {
            qsizetype end = 0;
            if (c == '"' && i + 2 < n && text.at(i + 1) == '"' && text.at(i + 2) == '"') {
                // Java text block
                const qsizetype close = text.indexOf("\"\"\"", i + 3);
                end = close < 0 ? n : close + 3;
            } else {
                end = stringEnd(text, i, c, c == '`');
            }
            if (blankStrings || c == '`')
                blank(&text, i, end);
            i = end;
        } else {
            ++i;
        }
    }
    return text;
}

} // namespace

QList<PythonImport> python(const QByteArray &source)
{
    const QByteArray text = blankPython(source);
    QList<PythonImport> imports;
    const qsizetype n = text.size();
    qsizetype start = 0;
    int depth = 0;
    QByteArray statement;
    for (qsizetype i = 0; i <= n; ++i) {
        const char c = i < n ? text.at(i) : '\n';
        if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            --depth;
        } else if (c == '\\' && i + 1 < n && text.at(i + 1) == '\n') {
            ++i; // line continuation
        } else if ((c == '\n' && depth == 0) || (c == ';' && depth == 0) || i == n) {
            // Only statements that start with the keywords are worth a copy.
            qsizetype first = start;
            while (first < i && isSpace(text.at(first)))
                ++first;
            if (i - first > 5 && (text.at(first) == 'i' || text.at(first) == 'f')) {
                statement = text.mid(first, i - first);
                statement.replace("\\\n", "  ");
                parsePythonStatement(statement, &imports);
            }
            start = i + 1;
        }
    }
    return imports;
}

JavaFile java(const QByteArray &source)
{
    const QByteArray text = blankCStyle(source, true, false);
    JavaFile file;
    const qsizetype n = text.size();
    qsizetype i = 0;
    QList<QByteArray> names;
    while (i < n) {
        const char c = text.at(i);
        if (!isIdentifierByte(c) || (c >= '0' && c <= '9')) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isIdentifierByte(text.at(i)))
            ++i;
        const QByteArray word = text.mid(start, i - start);
        if (word == "package" || word == "import") {
            qsizetype j = i;
            skipSpaces(text, &j);
            bool isStatic = false;
            if (word == "import" && keywordAt(text, j, "static", 6)) {
                isStatic = true;
                j += 6;
                skipSpaces(text, &j);
            }
            QByteArray name;
            while (j < n
                   && (isIdentifierByte(text.at(j)) || text.at(j) == '.' || text.at(j) == '*'
                       || isSpace(text.at(j)) || text.at(j) == '\n')) {
                if (!isSpace(text.at(j)) && text.at(j) != '\n')
                    name += text.at(j);
                ++j;
            }
            if (j < n && text.at(j) == ';' && !name.isEmpty()) {
                if (word == "package")
                    file.package = name;
                else
                    file.imports.append(name);
                Q_UNUSED(isStatic);
                i = j + 1;
                continue;
            }
        }
        const auto first = static_cast<unsigned char>(word.at(0));
        if (first >= 'A' && first <= 'Z')
            names.append(word);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    file.typeNames = names;
    return file;
}

QList<QByteArray> javaScript(const QByteArray &source)
{
    const QByteArray text = blankCStyle(source, false, true);
    QList<QByteArray> specifiers;
    // The last three tokens: identifiers as themselves, punctuation as one character.
    QByteArray previous[3];
    auto push = [&previous](const QByteArray &token) {
        previous[2] = previous[1];
        previous[1] = previous[0];
        previous[0] = token;
    };
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = text.at(i);
        if (isSpace(c) || c == '\n') {
            ++i;
        } else if (c == '"' || c == '\'') {
            const qsizetype end = stringEnd(text, i, c, false);
            const QByteArray value = text.mid(i + 1, std::max<qsizetype>(end - i - 2, 0));
            const bool afterFrom = previous[0] == "from";
            const bool bareImport = previous[0] == "import" && previous[1] != ".";
            const bool call = previous[0] == "("
                && (previous[1] == "require" || previous[1] == "import") && previous[2] != ".";
            if ((afterFrom || bareImport || call) && !value.isEmpty())
                specifiers.append(value);
            push(QByteArrayLiteral("\""));
            i = end;
        } else if (isIdentifierByte(c)) {
            const qsizetype start = i;
            while (i < n && isIdentifierByte(text.at(i)))
                ++i;
            push(text.mid(start, i - start));
        } else {
            push(QByteArray(1, c));
            ++i;
        }
    }
    return specifiers;
}

QList<QByteArray> cppIncludes(const QByteArray &source)
{
    const QByteArray text = blankCStyle(source, false, false);
    QList<QByteArray> includes;
    const qsizetype n = text.size();
    qsizetype lineStart = 0;
    while (lineStart < n) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        qsizetype i = lineStart;
        while (i < lineEnd && isSpace(text.at(i)))
            ++i;
        if (i < lineEnd && text.at(i) == '#') {
            ++i;
            while (i < lineEnd && isSpace(text.at(i)))
                ++i;
            if (keywordAt(text, i, "include", 7)) {
                i += 7;
                while (i < lineEnd && isSpace(text.at(i)))
                    ++i;
                if (i < lineEnd && text.at(i) == '"') {
                    const qsizetype close = text.indexOf('"', i + 1);
                    if (close > i + 1 && close < lineEnd)
                        includes.append(text.mid(i + 1, close - i - 1));
                }
            }
        }
        lineStart = lineEnd + 1;
    }
    return includes;
}

} // namespace Seams::SourceLexer
