#pragma once

// Shared by the contract tests: the boards under tests/data/contracts/ and golden files.

#include "model/board.h"
#include "storage/boardjson.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

namespace ContractTestData {

/** tests/data/contracts/<name>/board.json; "shop" is the app's own sample board. */
inline QString boardPath(const QString &name)
{
    if (name == QLatin1String("shop"))
        return QStringLiteral(SEAMS_TEST_DATA_DIR "/../../resources/samples/shop.json");
    return QStringLiteral(SEAMS_TEST_DATA_DIR "/contracts/%1/board.json").arg(name);
}

inline bool load(const QString &name, Seams::Board *board, QString *error)
{
    QFile file(boardPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QLatin1String(": ") + file.errorString();
        return false;
    }
    return Seams::BoardJson::read(file.readAll(), board, error);
}

/** Compares exported files with tests/data/contracts/<name>/<folder>/, file list included.
 *  With SEAMS_UPDATE_GOLDEN=1 in the environment it rewrites the folder instead. */
inline void compareGolden(const QMap<QString, QByteArray> &files, const QString &name,
                          const QString &folder)
{
    QDir dir(QStringLiteral(SEAMS_TEST_DATA_DIR "/contracts/%1/%2").arg(name, folder));
    if (qEnvironmentVariableIntValue("SEAMS_UPDATE_GOLDEN") == 1) {
        dir.removeRecursively();
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile out(dir.filePath(it.key()));
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(it.value()), it.value().size());
        }
        return;
    }
    QCOMPARE(dir.entryList(QDir::Files, QDir::Name), QStringList(files.keys()));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile golden(dir.filePath(it.key()));
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray expected = golden.readAll();
        if (expected != it.value()) {
            // Name the first differing line: a 20 KB QCOMPARE dump helps nobody.
            const QList<QByteArray> want = expected.split('\n');
            const QList<QByteArray> got = it.value().split('\n');
            for (qsizetype i = 0; i < qMax(want.size(), got.size()); ++i) {
                if (want.value(i) != got.value(i)) {
                    QFAIL(qPrintable(QStringLiteral("%1 line %2:\n  expected: %3\n  actual:   %4\n"
                                                    "(SEAMS_UPDATE_GOLDEN=1 rewrites the golden "
                                                    "files)")
                                         .arg(golden.fileName())
                                         .arg(i + 1)
                                         .arg(QString::fromUtf8(want.value(i)),
                                              QString::fromUtf8(got.value(i)))));
                }
            }
        }
    }
}

} // namespace ContractTestData
