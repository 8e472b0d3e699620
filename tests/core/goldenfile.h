#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace Seams::Test {

/** True when the golden files should be rewritten from the actual output
 *  (SEAMS_UPDATE_GOLDEN=1) instead of compared with it. */
inline bool updatingGolden()
{
    return qEnvironmentVariableIntValue("SEAMS_UPDATE_GOLDEN") == 1;
}

/** Compares `actual` with the golden file, or rewrites it when updating. Returns false
 *  (after QTest reported why) on a difference. */
inline bool matchesGolden(const QString &path, const QByteArray &actual)
{
    if (updatingGolden()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(actual) != actual.size()) {
            QTest::qFail(qPrintable(QStringLiteral("cannot write %1").arg(path)), __FILE__,
                         __LINE__);
            return false;
        }
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing golden file %1 (run with "
                                               "SEAMS_UPDATE_GOLDEN=1 to create it)")
                                    .arg(path)),
                     __FILE__, __LINE__);
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    const QList<QByteArray> expectedLines = expected.split('\n');
    const QList<QByteArray> actualLines = actual.split('\n');
    for (qsizetype i = 0; i < std::max(expectedLines.size(), actualLines.size()); ++i) {
        if (expectedLines.value(i) != actualLines.value(i)) {
            QTest::qFail(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  "
                                                   "actual:   %4")
                                        .arg(path)
                                        .arg(i + 1)
                                        .arg(QString::fromUtf8(expectedLines.value(i)),
                                             QString::fromUtf8(actualLines.value(i)))),
                         __FILE__, __LINE__);
            return false;
        }
    }
    return false;
}

} // namespace Seams::Test
