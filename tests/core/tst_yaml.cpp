// Yaml::emit: strings stay strings when read back (regression: "3.0" and "true" came out
// plain and were read as a number and a boolean).

#include "export/yaml.h"

#include <QTest>

using namespace Seams;

class tst_Yaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textStaysString_data();
    void textStaysString();
    void untypedScalarsStayPlain();
    void commentCannotBreakOut();
};

void tst_Yaml::textStaysString_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("version") << "3.0" << QByteArray("v: \"3.0\"\n");
    QTest::newRow("bool") << "true" << QByteArray("v: \"true\"\n");
    QTest::newRow("yaml 1.1 bool") << "yes" << QByteArray("v: \"yes\"\n");
    QTest::newRow("null word") << "null" << QByteArray("v: \"null\"\n");
    QTest::newRow("tilde") << "~" << QByteArray("v: \"~\"\n");
    QTest::newRow("octal-like") << "0123" << QByteArray("v: \"0123\"\n");
    QTest::newRow("negative") << "-5" << QByteArray("v: \"-5\"\n");
    QTest::newRow("infinity") << ".inf" << QByteArray("v: \".inf\"\n");
    QTest::newRow("empty") << "" << QByteArray("v: \"\"\n");
    QTest::newRow("plain word") << "orders" << QByteArray("v: orders\n");
    QTest::newRow("regex path") << "~/api/orders(/|$)" << QByteArray("v: ~/api/orders(/|$)\n");
    QTest::newRow("hash") << "#x" << QByteArray("v: \"#x\"\n");
    QTest::newRow("colon") << "a: b" << QByteArray("v: \"a: b\"\n");
}

void tst_Yaml::textStaysString()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    YAML::Node root;
    root["v"] = Yaml::text(value);
    QString error;
    const QByteArray bytes = Yaml::emit(root, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(bytes, expected);
    const YAML::Node back = YAML::Load(bytes.toStdString());
    QCOMPARE(QString::fromStdString(back["v"].as<std::string>()), value);
    QCOMPARE(back["v"].Tag(),
             value.isEmpty() || bytes.contains('"') ? std::string("!") : std::string("?"));
}

void tst_Yaml::untypedScalarsStayPlain()
{
    YAML::Node root;
    root["minute"] = 120;
    root["enabled"] = true;
    root["list"] = Yaml::sequence({QStringLiteral("exp"), QStringLiteral("1.5")});
    QString error;
    QCOMPARE(Yaml::emit(root, {}, &error),
             QByteArray("minute: 120\nenabled: true\nlist:\n  - exp\n  - \"1.5\"\n"));
}

void tst_Yaml::commentCannotBreakOut()
{
    YAML::Node root;
    root["a"] = 1;
    QString error;
    QCOMPARE(Yaml::emit(root, {QStringLiteral("line\nb: 2"), QString()}, &error),
             QByteArray("# line b: 2\n#\na: 1\n"));
    // YAML 1.1 readers also end lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    QCOMPARE(Yaml::emit(root, {QStringLiteral("a\u2028b: 1\u0085c\u2029d\re")}, &error),
             QByteArray("# a b: 1 c d e\na: 1\n"));
}

QTEST_GUILESS_MAIN(tst_Yaml)
#include "tst_yaml.moc"
