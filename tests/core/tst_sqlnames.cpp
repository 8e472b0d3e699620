#include "export/sqlnames.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Seams;
using namespace Seams::Sql;

class tst_SqlNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reserved_data();
    void reserved();
    void identifier_data();
    void identifier();
    void shortenedStaysUnique();
    void nameSpace();
    void literal_data();
    void literal();
    void oneLine_data();
    void oneLine();
    void markdown_data();
    void markdown();
};

void tst_SqlNames::reserved_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<bool>("mariadb");
    QTest::addColumn<bool>("sqlite");
    QTest::newRow("order") << "order" << true << true << true;
    QTest::newRow("user") << "user" << true << false << false;
    QTest::newRow("group") << "group" << true << true << true;
    QTest::newRow("read") << "read" << false << true << false;
    QTest::newRow("key") << "key" << false << true << false;
    QTest::newRow("keys") << "keys" << false << true << false;
    QTest::newRow("window") << "window" << true << false << false;
    QTest::newRow("index") << "index" << false << true << true;
    QTest::newRow("autoincrement") << "autoincrement" << false << false << true;
    QTest::newRow("status") << "status" << false << false << false;
    QTest::newRow("version") << "version" << false << false << false;
    QTest::newRow("upper case is not a board word") << "ORDER" << false << false << false;
}

void tst_SqlNames::reserved()
{
    QFETCH(QString, word);
    QFETCH(bool, postgres);
    QFETCH(bool, mariadb);
    QFETCH(bool, sqlite);
    QCOMPARE(isReserved(DatabaseEngine::PostgreSQL, word), postgres);
    QCOMPARE(isReserved(DatabaseEngine::MariaDB, word), mariadb);
    QCOMPARE(isReserved(DatabaseEngine::SQLite, word), sqlite);
}

void tst_SqlNames::identifier_data()
{
    QTest::addColumn<QString>("snake");
    QTest::addColumn<DatabaseEngine>("dialect");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("reserved");
    QTest::addColumn<bool>("shortened");
    const auto pg = DatabaseEngine::PostgreSQL;
    QTest::newRow("plain") << "order_items" << pg << "order_items" << false << false;
    QTest::newRow("reserved") << "order" << pg << "order_" << true << false;
    QTest::newRow("reserved elsewhere only") << "read" << pg << "read" << false << false;
    QTest::newRow("reserved in mariadb")
        << "read" << DatabaseEngine::MariaDB << "read_" << true << false;
    QTest::newRow("digit") << "3_d_models" << pg << "t_3_d_models" << false << false;
    QTest::newRow("empty") << "" << pg << "fallback_1" << false << false;
    QTest::newRow("exactly 63") << QString(63, 'a') << pg << QString(63, 'a') << false << false;
    QTest::newRow("64 bytes") << QString(64, 'a') << pg
                              << QString(54, 'a') + "_"
            + QCryptographicHash::hash(QByteArray(64, 'a'), QCryptographicHash::Sha1)
                  .toHex()
                  .left(8) << false
                              << true;
}

void tst_SqlNames::identifier()
{
    QFETCH(QString, snake);
    QFETCH(DatabaseEngine, dialect);
    QFETCH(QString, expected);
    QFETCH(bool, reserved);
    QFETCH(bool, shortened);
    const Identifier result = Sql::identifier(snake, dialect, "fallback_1", "t_");
    QCOMPARE(result.name, expected);
    QCOMPARE(result.reserved, reserved);
    QCOMPARE(result.shortened, shortened);
    QVERIFY(result.name.size() <= maxIdentifierLength);
}

void tst_SqlNames::shortenedStaysUnique()
{
    // PostgreSQL would truncate both to the same 63 bytes; the hash keeps them apart.
    const QString prefix(70, 'x');
    const QString a = shortened(prefix + "_customer_id");
    const QString b = shortened(prefix + "_supplier_id");
    QVERIFY(a != b);
    QCOMPARE(a.size(), maxIdentifierLength);
    QCOMPARE(b.size(), maxIdentifierLength);
    QCOMPARE(shortened(prefix + "_customer_id"), a); // deterministic
    QVERIFY(!shortened(QString(60, 'y') + "___z").contains("__"));
}

void tst_SqlNames::nameSpace()
{
    NameSpace names;
    bool collided = true;
    QCOMPARE(names.claim("orders", &collided), QStringLiteral("orders"));
    QVERIFY(!collided);
    QCOMPARE(names.claim("orders", &collided), QStringLiteral("orders_2"));
    QVERIFY(collided);
    QCOMPARE(names.claim("orders"), QStringLiteral("orders_3"));
    QVERIFY(names.contains("orders_2"));
    // A suffix on a name already 63 bytes long still fits.
    const QString longName(63, 'n');
    QCOMPARE(names.claim(longName), longName);
    const QString second = names.claim(longName, &collided);
    QVERIFY(collided);
    QCOMPARE(second.size(), maxIdentifierLength);
    QVERIFY(second.endsWith("_2"));
}

void tst_SqlNames::literal_data()
{
    QTest::addColumn<DatabaseEngine>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("quote, postgres") << DatabaseEngine::PostgreSQL << "it's"
                                     << "'it''s'";
    QTest::newRow("backslash, postgres") << DatabaseEngine::PostgreSQL << "a\\b"
                                         << "'a\\b'";
    QTest::newRow("backslash, mariadb") << DatabaseEngine::MariaDB << "a\\b"
                                        << "'a\\\\b'";
    QTest::newRow("backslash quote, mariadb") << DatabaseEngine::MariaDB << "\\'"
                                              << "'\\\\'''";
    QTest::newRow("backslash, sqlite") << DatabaseEngine::SQLite << "a\\b"
                                       << "'a\\b'";
    QTest::newRow("nul dropped") << DatabaseEngine::PostgreSQL << QString("a") + QChar(0) + "b"
                                 << "'ab'";
    QTest::newRow("semicolon and comment stay inside")
        << DatabaseEngine::SQLite << "x'; DROP TABLE t; --"
        << "'x''; DROP TABLE t; --'";
}

void tst_SqlNames::literal()
{
    QFETCH(DatabaseEngine, dialect);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Sql::literal(dialect, text), expected);
}

void tst_SqlNames::oneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newline") << "a\nDROP TABLE x; --"
                             << "a DROP TABLE x; --";
    QTest::newRow("carriage return") << "a\r\nb"
                                     << "a b";
    QTest::newRow("line separator") << QString("a") + QChar(0x2028) + "b"
                                    << "a b";
    QTest::newRow("bidi override") << QString("a") + QChar(0x202e) + "b"
                                   << "a b";
    QTest::newRow("tabs and runs") << "  a\t\tb  "
                                   << "a b";
    QTest::newRow("unicode kept") << "用户 Café"
                                  << "用户 Café";
}

void tst_SqlNames::oneLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Sql::oneLine(text), expected);
}

void tst_SqlNames::markdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Order Context"
                           << "Order Context";
    QTest::newRow("emphasis and code") << "*a* _b_ `c`"
                                       << "\\*a\\* \\_b\\_ \\`c\\`";
    QTest::newRow("table and heading") << "a | b # c"
                                       << "a \\| b \\# c";
    QTest::newRow("html and link") << "<b>[x]</b>"
                                   << "\\<b\\>\\[x\\]\\</b\\>";
    QTest::newRow("newline cannot start a heading") << "x\n# y"
                                                    << "x \\# y";
}

void tst_SqlNames::markdown()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Sql::markdown(text), expected);
}

QTEST_GUILESS_MAIN(tst_SqlNames)
#include "tst_sqlnames.moc"
